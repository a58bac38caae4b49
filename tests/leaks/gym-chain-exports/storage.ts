/**
 * Object storage for gym tenants: each gym gets its own prefix in the members bucket and its
 * own scoped credentials. Clients are made on first use and kept for the gym's lifetime.
 */

export class StorageClient {
  readonly bucket: string;
  readonly prefix: string;
  readonly credentials: { accessKeyId: string; secret: string };
  #objects = new Map<string, { size: number; contentType: string; storedAt: number }>();
  #presigned = new Map<string, string>();

  constructor(tenantId: string, region: string) {
    this.bucket = `members-${region}`;
    this.prefix = `tenants/${tenantId}/`;
    this.credentials = {
      accessKeyId: `AKIA${crypto.randomUUID().replaceAll("-", "").slice(0, 16).toUpperCase()}`,
      secret: crypto.randomUUID() + crypto.randomUUID(),
    };
  }

  put(key: string, body: string, contentType: string) {
    this.#objects.set(this.prefix + key, {
      size: body.length,
      contentType,
      storedAt: Date.now(),
    });
    return `s3://${this.bucket}/${this.prefix}${key}`;
  }

  has(key: string) {
    return this.#objects.has(this.prefix + key);
  }

  presign(key: string, expiresIn = 900) {
    const full = this.prefix + key;
    let url = this.#presigned.get(full);
    if (!url) {
      const sig = Array.from(full + this.credentials.secret)
        .reduce((h, ch) => (h * 33 + ch.charCodeAt(0)) >>> 0, 5381)
        .toString(16);
      url = `https://${this.bucket}.s3.eu-west-2.amazonaws.com/${full}` +
        `?X-Amz-Credential=${this.credentials.accessKeyId}&X-Amz-Expires=${expiresIn}` +
        `&X-Amz-Signature=${sig}`;
      this.#presigned.set(full, url);
    }
    return url;
  }
}

const storageClients = new Map<string, StorageClient>();

export function storageFor(tenantId: string, region = "eu-west-2"): StorageClient {
  let client = storageClients.get(tenantId);
  if (!client) {
    client = new StorageClient(tenantId, region);
    storageClients.set(tenantId, client);
  }
  return client;
}

export function releaseStorage(tenantId: string) {
  storageClients.delete(tenantId);
}

export function storageStats() {
  return { clients: storageClients.size };
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function welcomeEmail(to, name) {
  const safe = escape(name);
  return {
    to,
    from: "Team Example <hello@example.com>",
    subject: `Welcome aboard, ${name}!`,
    text:
      `Hi ${name},\n\nThanks for signing up. Your workspace is ready at https://app.example.com.\n\n— Example`,
    html: `<!doctype html><html><body style="font-family:sans-serif">` +
      `<h1>Welcome, ${safe}!</h1><p>Thanks for signing up. Your workspace is ready.</p>` +
      `<p><a href="https://app.example.com/onboarding?email=${
        encodeURIComponent(to)
      }">Get started</a></p>` +
      `<p style="color:#888">You receive this mail because you created an account at example.com.</p>` +
      `</body></html>`,
    headers: { "X-Template": "welcome-v3", "List-Unsubscribe": "<mailto:unsubscribe@example.com>" },
  };
}

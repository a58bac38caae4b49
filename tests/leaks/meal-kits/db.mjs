import { createOrm } from "./lib/orm.mjs";
import { driver } from "./lib/driver.mjs";

export const orm = createOrm(driver);

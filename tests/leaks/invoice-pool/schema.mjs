import Joi from "joi";

const line = Joi.object({
  description: Joi.string().max(80).required(),
  quantity: Joi.number().integer().min(1).max(10_000).required(),
  unitCents: Joi.number().integer().min(0).required(),
  vatRate: Joi.number().valid(0, 9, 21).default(21),
});

export const invoiceSchema = Joi.object({
  number: Joi.string().pattern(/^[A-Z]{2,4}-\d{1,10}$/).required(),
  customer: Joi.object({
    name: Joi.string().max(120).required(),
    vatId: Joi.string().max(20).allow(""),
    email: Joi.string().email().required(),
  }).required(),
  issueDate: Joi.date().iso().required(),
  termsDays: Joi.number().integer().valid(7, 14, 30, 60).default(30),
  currency: Joi.string().length(3).default("EUR"),
  lines: Joi.array().items(line).min(1).max(200).required(),
});

import { z } from "zod";

export const QuestionDef = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
  label: z.string().min(1).max(200),
  kind: z.enum(["text", "rating", "choice", "email"]),
  required: z.boolean().default(false),
  options: z.array(z.string().min(1).max(60)).max(12).optional(),
});

export const SurveyDef = z.object({
  title: z.string().min(1).max(120),
  questions: z.array(QuestionDef).min(1).max(40),
});

export type SurveyDef = z.infer<typeof SurveyDef>;
type QuestionDef = z.infer<typeof QuestionDef>;

interface Survey {
  id: string;
  revision: number;
  def: SurveyDef;
  responseSchema: z.ZodObject;
  responses: number;
  updatedAt: string;
}

/** Published surveys by id; a new revision replaces the previous one. */
const surveys = new Map<string, Survey>();

function answerSchema(q: QuestionDef): z.ZodType {
  let s: z.ZodType;
  switch (q.kind) {
    case "rating":
      s = z.number().int().min(1).max(5);
      break;
    case "choice":
      s = z.enum((q.options?.length ? q.options : ["yes", "no"]) as [string, ...string[]]);
      break;
    case "email":
      s = z.email();
      break;
    default:
      s = z.string().trim().max(2000);
  }
  s = s.describe(q.label);
  return q.required ? s : s.optional();
}

/**
 * The schema responses are checked against, and (as JSON Schema) what the form renderer
 * draws. The id and title end up as the JSON Schema's `id` and `title`.
 */
function buildResponseSchema(id: string, revision: number, def: SurveyDef): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const q of def.questions) shape[q.key] = answerSchema(q);
  return z.strictObject(shape).meta({
    id: `survey-${id}-r${revision}`,
    title: def.title,
  });
}

export function publish(id: string, def: SurveyDef): Survey {
  const revision = (surveys.get(id)?.revision ?? 0) + 1;
  const survey: Survey = {
    id,
    revision,
    def,
    responseSchema: buildResponseSchema(id, revision, def),
    responses: surveys.get(id)?.responses ?? 0,
    updatedAt: new Date().toISOString(),
  };
  surveys.set(id, survey);
  return survey;
}

export function getSurvey(id: string): Survey | undefined {
  return surveys.get(id);
}

export function formSchema(survey: Survey): unknown {
  return z.toJSONSchema(survey.responseSchema, { target: "draft-2020-12" });
}

export function submit(survey: Survey, answers: unknown) {
  const result = survey.responseSchema.safeParse(answers);
  if (!result.success) {
    return { ok: false as const, issues: z.flattenError(result.error).fieldErrors };
  }
  survey.responses++;
  return {
    ok: true as const,
    revision: survey.revision,
    answered: Object.keys(result.data).length,
  };
}

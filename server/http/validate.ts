// Validates request params and query against contract schemas; handlers read the parsed result from res.locals.
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import type { z } from 'zod';
import { BadRequestError } from './errors.ts';

type Part = 'params' | 'query' | 'body';

export function validate<S extends z.ZodType>(part: Part, schema: S): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const parsed = schema.safeParse(req[part] ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // An unknown key has no path of its own; name the key itself.
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const field = [...issue.path, ...(unknownKey ? [unknownKey] : [])].join('.') || part;
      return next(new BadRequestError(`${field}: ${reason(issue)}`, field));
    }
    res.locals[part] = parsed.data;
    next();
  };
}

/** zod's own words where they read well; its two most common ones ("expected string, received undefined", "Unrecognized key") made plain. */
function reason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'not a field this request takes';
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'a value is required';
  return issue.message;
}

/** The parsed part, typed by the schema that validate() ran. */
export function parsed<S extends z.ZodType>(res: Response, part: Part, _schema: S): z.infer<S> {
  return res.locals[part] as z.infer<S>;
}

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
      return next(new BadRequestError(`${field}: ${issue.message}`, field));
    }
    res.locals[part] = parsed.data;
    next();
  };
}

/** The parsed part, typed by the schema that validate() ran. */
export function parsed<S extends z.ZodType>(res: Response, part: Part, _schema: S): z.infer<S> {
  return res.locals[part] as z.infer<S>;
}

/** Date fields. Dates are ISO strings as precise as the text allows: a year, a month or a day. */
import { z } from 'astro/zod';

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

// YAML reads an unquoted 2021-12-01 as a Date (in Astro) and 2021 as a number; authors may quote them or not.
const fromYamlDate = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** A date known to the year, month or day: `2021`, `2021-11` or `2021-12-01`. */
export const partialDate = z.preprocess(
	fromYamlDate,
	z.string().regex(PARTIAL_DATE, 'must be a date written 2021-12-01, 2021-12 or 2021'),
);

/** A date known to the day: `2021-12-02`. */
export const fullDate = z.preprocess(fromYamlDate, z.string().regex(FULL_DATE, 'must be a date written 2021-12-02'));

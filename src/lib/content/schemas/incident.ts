// An incident: the claims reported about one event, explained together on one page.
import { z } from 'astro/zod';
import { isoDay, placeList, strictObject, text } from './fields.ts';

export const incidentSchema = strictObject({
  title: text(10, 120, 'a title').describe(
    'A neutral name for the incident, e.g. "Missile and drone claims reported on 9 November 2023".',
  ),
  date: isoDay.describe('The day the incident was first reported.'),
  end: isoDay
    .optional()
    .describe('The last day the incident covers, when it spans several days; leave out for a single day.'),
  places: placeList.describe('Slugs of the places the incident concerns (files in `places/`).'),
}).superRefine((incident, ctx) => {
  if (incident.end !== undefined && incident.end < incident.date)
    ctx.addIssue({ code: 'custom', path: ['end'], message: `a date on or after date (${incident.date})` });
});

export type IncidentData = z.output<typeof incidentSchema>;

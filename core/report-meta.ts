import { z } from 'zod';

export const reportKinds = ['school', 'bureau'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportMetaSchema = z.object({
  title: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(reportKinds),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

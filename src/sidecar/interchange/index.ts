// Export to and import from the tools people already annotate with. See records.ts for the shapes.
export { ExportRecord, ImportedArticle, ImportedSpan, ImportedRelation, DEFAULT_EXPORT_STATUSES, exported, exportedRelations, typeOfLabel } from './records';
export { OffsetMap } from './codepoints';
export { jsonlLine, readJsonlLine } from './jsonl';
export { conllDocument } from './conll';
export { bratAnn, readBratAnn } from './brat';
export { labelStudioTask, readLabelStudio } from './labelstudio';
export { importSpans, importRelations, ImportOutcome } from './import-merge';

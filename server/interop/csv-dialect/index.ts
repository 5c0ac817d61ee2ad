// CSV dialects: encodings, delimiters, header-less files and numbers as spreadsheets write them. Pure TS, for the
// browser's import and the server's.
export * from './decode.ts';
export * from './header.ts';
export * from './numbers.ts';
export * from './parse.ts';

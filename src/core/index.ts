// Public API of the pure core (no vscode import).
export * from './types';
export * from './engine';
export { tokenize, Token, TokenKind } from './tokenize';

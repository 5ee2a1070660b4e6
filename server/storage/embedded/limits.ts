/**
 * The size limits the engine announces in hello and enforces. A leaf module, so the cursors and
 * the wire code can read them without importing the command layer (which imports the engine).
 */
export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

// Apart from the writer, so the export code names the type without pulling the writer into its chunk.
export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

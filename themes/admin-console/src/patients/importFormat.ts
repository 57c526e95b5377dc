/** The media type the import endpoint reads a clinic's export as, from the file's name and content. */
export function importFormat(fileName: string, content: string) {
  if (fileName.toLowerCase().endsWith(".csv")) return "text/csv";
  try {
    const parsed = JSON.parse(content);
    return parsed?.resourceType === "Bundle" ? "application/fhir+json" : "application/json";
  } catch {
    return "text/csv";
  }
}

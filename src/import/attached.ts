/** A line that belongs to the activity above: "T1: …", "Status T2: …", "Resultat 2021: …", "Mål: …", "Ansvarig: …". */
export const ATTACHED =
  /^((?:tertial|t)\s*[123](?:\s+(?:19|20)\d{2})?|[123]:?[ae]? tertial(?:et)?|(?:status|uppföljning|kommentar|resultat|utfall)(?:\s+(?:(?:tertial|t)\s*[123]|(?:19|20)\d{2}))*|mål|målsättning|målvärde|ansvarig|ansvar)\s*[:–]\s*(.+)$/i;

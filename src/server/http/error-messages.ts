import type { ErrorCode } from "../../core/protocol";

/**
 * Plain-German messages the gateway sends with each error code. They say what
 * happened and what to do. The task pane shows its own translation where it
 * knows the code, and this text otherwise.
 */
const MESSAGES: Record<ErrorCode, string> = {
  invalid_request: "Die Anfrage ist ungültig.",
  missing_task: "Es fehlt die Aufgabe. Bitte wählen Sie eine Aufgabe aus.",
  unknown_task: "Diese Aufgabe gibt es nicht. Bitte laden Sie KoKI neu und wählen Sie eine Aufgabe aus der Liste.",
  task_not_for_host: "Diese Aufgabe ist hier nicht verfügbar.",
  invalid_option: "Eine Einstellung der Aufgabe ist ungültig. Bitte prüfen Sie die Einstellungen.",
  empty_text: "Es gibt keinen Text zum Bearbeiten. Bitte markieren Sie Text oder schreiben Sie Text in das Dokument.",
  text_too_long: "Der Text ist zu lang. Bitte markieren Sie einen kürzeren Abschnitt.",
  backend_not_configured:
    "Es ist kein Sprachmodell angeschlossen. Die IT muss KoKI mit einem Sprachmodell verbinden, zum Beispiel mit KOKI_LLM_BASE_URL=http://localhost:11434/v1 (Ollama) oder http://localhost:8000/v1 (vLLM) und KOKI_LLM_MODEL.",
  backend_unreachable: "Das Sprachmodell ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  backend_timeout: "Das Sprachmodell antwortet nicht. Bitte versuchen Sie es später noch einmal.",
  backend_rate_limited: "Das Sprachmodell ist gerade ausgelastet. Bitte warten Sie kurz und versuchen Sie es dann noch einmal.",
  backend_auth: "KoKI darf das Sprachmodell nicht nutzen. Bitte melden Sie das Ihrer IT: Der Zugangsschlüssel stimmt nicht.",
  backend_model_not_found: "Das eingestellte Sprachmodell gibt es auf dem Server nicht. Bitte melden Sie das Ihrer IT.",
  backend_error: "Das Sprachmodell hat einen Fehler gemeldet. Bitte versuchen Sie es noch einmal.",
  stream_interrupted: "Die Antwort wurde unterbrochen. Der bisherige Text bleibt erhalten. Bitte versuchen Sie es noch einmal.",
  empty_answer: "Das Sprachmodell hat keinen Text geliefert. Bitte versuchen Sie es noch einmal.",
  server_shutdown: "Der KoKI-Server startet gerade neu. Der bisherige Text bleibt erhalten. Bitte versuchen Sie es gleich noch einmal.",
  not_found: "Diese Adresse gibt es nicht.",
  unauthenticated: "Anmeldung abgelaufen. Bitte melden Sie sich neu an.",
  forbidden: "Sie sind nicht berechtigt, diese Aufgabe zu nutzen.",
  auth_unavailable: "Die Anmeldung kann gerade nicht geprüft werden. Bitte versuchen Sie es in einigen Minuten noch einmal.",
  rate_limited: "Sie haben in kurzer Zeit sehr viele Anfragen gestellt. Bitte warten Sie kurz.",
  unmasked_personal_data:
    "Der Text enthält noch personenbezogene Daten (IBAN, E-Mail-Adresse, Telefonnummer oder Steuer-ID). Für diese Aufgabe müssen sie vor dem Senden ersetzt werden. Bitte lassen Sie „Personenbezogene Daten ersetzen“ eingeschaltet.",
  quota_exceeded: "Sie haben heute schon sehr viel Text bearbeiten lassen. Morgen geht es wieder.",
  internal: "In KoKI ist ein Fehler aufgetreten. Bitte versuchen Sie es noch einmal.",
};

export function errorMessage(code: ErrorCode): string {
  return MESSAGES[code];
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the API key stored for this server.</source>
        <translation>Prüfen Sie den für diesen Server gespeicherten API-Schlüssel.</translation>
    </message>
    <message>
        <source>Check the server kind and URL, or the model name.</source>
        <translation>Prüfen Sie Art und URL des Servers oder den Modellnamen.</translation>
    </message>
    <message>
        <source>The server is busy or still loading; try again shortly.</source>
        <translation>Der Server ist ausgelastet oder lädt noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>sent %1 that is not valid JSON (%2)</source>
        <translation>sendete ungültiges JSON für %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the URL points at the right kind of server.</source>
        <translation>Prüfen Sie, ob die URL auf die richtige Serverart zeigt.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>starting at login is not supported on this system</source>
        <translation>der Start bei der Anmeldung wird auf diesem System nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ComfyUiClient</name>
    <message>
        <source>Check that the URL points at a ComfyUI server.</source>
        <translation>Prüfen Sie, ob die URL auf einen ComfyUI-Server zeigt.</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>Is ComfyUI running and listening on the network?</source>
        <translation>Läuft ComfyUI und lauscht es im Netzwerk?</translation>
    </message>
    <message>
        <source>could not resolve the host name &apos;%1&apos;</source>
        <translation>der Hostname „%1“ konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no reply to the prompt within 60 s</source>
        <translation>keine Antwort auf den Prompt innerhalb von 60 s</translation>
    </message>
    <message>
        <source>The server may be overloaded or hung.</source>
        <translation>Der Server ist vielleicht überlastet oder hängt.</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the prompt was rejected</source>
        <translation>der Prompt wurde abgelehnt</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>Knoten %1 (%2)</translation>
    </message>
    <message>
        <source>The server rejected the workflow; fix the nodes named above.</source>
        <translation>Der Server hat den Workflow abgelehnt; korrigieren Sie die oben genannten Knoten.</translation>
    </message>
    <message>
        <source>answered the prompt with something that is not JSON</source>
        <translation>beantwortete den Prompt mit etwas, das kein JSON ist</translation>
    </message>
    <message>
        <source>answered the prompt without a prompt_id</source>
        <translation>beantwortete den Prompt ohne prompt_id</translation>
    </message>
    <message>
        <source>the prompt history</source>
        <translation>den Prompt-Verlauf</translation>
    </message>
    <message>
        <source>sent a prompt history that is not a JSON object</source>
        <translation>sendete einen Prompt-Verlauf, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>die Warteschlange</translation>
    </message>
    <message>
        <source>sent a queue that is not a JSON object</source>
        <translation>sendete eine Warteschlange, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the workflow cannot be written as JSON</source>
        <translation>der Workflow kann nicht als JSON geschrieben werden</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>die Anfrage wurde verworfen</translation>
    </message>
    <message>
        <source>the system stats</source>
        <translation>die Systemstatistik</translation>
    </message>
    <message>
        <source>the node catalogue</source>
        <translation>den Knotenkatalog</translation>
    </message>
    <message>
        <source>sent a node catalogue that is not a JSON object</source>
        <translation>sendete einen Knotenkatalog, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the upload has no file name</source>
        <translation>der Upload hat keinen Dateinamen</translation>
    </message>
    <message>
        <source>%1 is larger than ComfyUI&apos;s 100 MiB upload limit</source>
        <translation>%1 ist größer als die Upload-Grenze von ComfyUI (100 MiB)</translation>
    </message>
    <message>
        <source>the upload reply</source>
        <translation>die Antwort auf den Upload</translation>
    </message>
    <message>
        <source>answered the upload without the stored file name</source>
        <translation>beantwortete den Upload ohne den gespeicherten Dateinamen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ComfyUiEvents</name>
    <message>
        <source>sent a WebSocket message that cannot be read: %1</source>
        <translation>sendete eine unlesbare WebSocket-Nachricht: %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>kein &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a data object</source>
        <translation>&quot;%1&quot; ohne data-Objekt</translation>
    </message>
    <message>
        <source>&quot;executing&quot; without a node</source>
        <translation>&quot;executing&quot; ohne Knoten</translation>
    </message>
    <message>
        <source>&quot;progress_state&quot; without nodes</source>
        <translation>&quot;progress_state&quot; ohne Knoten</translation>
    </message>
    <message>
        <source>&quot;executed&quot; without a node</source>
        <translation>&quot;executed&quot; ohne Knoten</translation>
    </message>
    <message>
        <source>a binary frame shorter than its 4-byte type</source>
        <translation>ein Binär-Frame, kürzer als sein 4-Byte-Typ</translation>
    </message>
    <message>
        <source>a preview frame without its image type</source>
        <translation>ein Vorschau-Frame ohne Bildtyp</translation>
    </message>
    <message>
        <source>a preview frame without image bytes</source>
        <translation>ein Vorschau-Frame ohne Bilddaten</translation>
    </message>
    <message>
        <source>a text frame without its node id length</source>
        <translation>ein Text-Frame ohne Länge der Knoten-ID</translation>
    </message>
    <message>
        <source>a text frame whose node id overruns it</source>
        <translation>ein Text-Frame, über dessen Ende die Knoten-ID hinausreicht</translation>
    </message>
    <message>
        <source>a preview frame without its metadata length</source>
        <translation>ein Vorschau-Frame ohne Länge der Metadaten</translation>
    </message>
    <message>
        <source>a preview frame whose metadata overruns it</source>
        <translation>ein Vorschau-Frame, über dessen Ende die Metadaten hinausreichen</translation>
    </message>
    <message>
        <source>a preview frame whose metadata is not a JSON object</source>
        <translation>ein Vorschau-Frame, dessen Metadaten kein JSON-Objekt sind</translation>
    </message>
</context>
<context>
    <name>ComfyUiOutputPaths</name>
    <message>
        <source>gave an output file name that is not safe to save (&quot;%1&quot;: %2)</source>
        <translation>nannte einen Ausgabedateinamen, unter dem nicht sicher gespeichert werden kann („%1“: %2)</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Die Datei wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>ein leerer Name</translation>
    </message>
    <message>
        <source>a relative folder reference</source>
        <translation>ein relativer Ordnerverweis</translation>
    </message>
    <message>
        <source>a name longer than 255 bytes</source>
        <translation>ein Name, länger als 255 Bytes</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a drive letter or a Windows path separator</source>
        <translation>ein Laufwerksbuchstabe oder ein Windows-Pfadtrenner</translation>
    </message>
    <message>
        <source>a trailing space or dot</source>
        <translation>ein Leerzeichen oder Punkt am Ende</translation>
    </message>
    <message>
        <source>a path instead of a file name</source>
        <translation>ein Pfad statt eines Dateinamens</translation>
    </message>
    <message>
        <source>an absolute path or a Windows path separator</source>
        <translation>ein absoluter Pfad oder ein Windows-Pfadtrenner</translation>
    </message>
    <message>
        <source>too many nested folders</source>
        <translation>zu viele verschachtelte Ordner</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the output folder %1</source>
        <translation>der Ausgabeordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it would leave the output folder</source>
        <translation>er würde den Ausgabeordner verlassen</translation>
    </message>
    <message>
        <source>a link or folder is already there</source>
        <translation>dort gibt es bereits eine Verknüpfung oder einen Ordner</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; is it really the studio config?</source>
        <translation>%1 ist größer als 4 MiB; ist das wirklich die Studio-Konfiguration?</translation>
    </message>
    <message>
        <source>not saving over %1, which has an error: %2</source>
        <translation>%1 wird nicht überschrieben, die Datei enthält einen Fehler: %2</translation>
    </message>
    <message>
        <source>Fix or move the file first.</source>
        <translation>Korrigieren oder verschieben Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDoctor</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>healthy, with warnings</source>
        <translation>in Ordnung, mit Warnungen</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connection doctor: %1 (%2+%3): %4</source>
        <translation>Verbindungsdiagnose: %1 (%2+%3): %4</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>  DNS %1 · connect %2 · TLS %3 · first byte %4 · total %5 · HTTP %6</source>
        <translation>  DNS %1 · Verbinden %2 · TLS %3 · erstes Byte %4 · gesamt %5 · HTTP %6</translation>
    </message>
    <message>
        <source>  libcurl: %1 (%2)</source>
        <translation>  libcurl: %1 (%2)</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>TTS</source>
        <translation>TTS</translation>
    </message>
    <message>
        <source>Prometheus exporter</source>
        <translation>Prometheus-Exporter</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>is ComfyUI running with --listen?</source>
        <translation>läuft ComfyUI mit --listen?</translation>
    </message>
    <message>
        <source>is Ollama running, with OLLAMA_HOST=0.0.0.0 when reached from another box?</source>
        <translation>läuft Ollama, mit OLLAMA_HOST=0.0.0.0, wenn es von einem anderen Rechner erreicht wird?</translation>
    </message>
    <message>
        <source>is the server running with --host 0.0.0.0, on this port?</source>
        <translation>läuft der Server mit --host 0.0.0.0 auf diesem Port?</translation>
    </message>
    <message>
        <source>is macmon running as a server (macmon serve), on this port?</source>
        <translation>läuft macmon als Server (macmon serve) auf diesem Port?</translation>
    </message>
    <message>
        <source>is the %1 server running, on this port?</source>
        <translation>läuft der %1-Server auf diesem Port?</translation>
    </message>
    <message>
        <source>name not found: check the host name &quot;%1&quot;</source>
        <translation>Name nicht gefunden: prüfen Sie den Hostnamen „%1“</translation>
    </message>
    <message>
        <source>host unreachable: is the box on, and on this network?</source>
        <translation>Host nicht erreichbar: ist der Rechner an und in diesem Netzwerk?</translation>
    </message>
    <message>
        <source>timed out connecting: firewall or wrong port?</source>
        <translation>Zeitüberschreitung beim Verbinden: Firewall oder falscher Port?</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>connected, but no answer within %1 s: the server is stuck or busy (model loading?)</source>
        <translation>verbunden, aber keine Antwort innerhalb von %1 s: der Server hängt oder ist beschäftigt (lädt ein Modell?)</translation>
    </message>
    <message>
        <source>the answer did not finish within %1 s: the server is stalling</source>
        <translation>die Antwort war nach %1 s nicht fertig: der Server stockt</translation>
    </message>
    <message>
        <source>TLS certificate not trusted: install its CA on this computer, or use the host name the certificate names</source>
        <translation>TLS-Zertifikat nicht vertrauenswürdig: installieren Sie seine CA auf diesem Computer oder verwenden Sie den Hostnamen, den das Zertifikat nennt</translation>
    </message>
    <message>
        <source>TLS handshake failed: is this port plain HTTP (try http://)?</source>
        <translation>TLS-Handshake fehlgeschlagen: spricht dieser Port einfaches HTTP (versuchen Sie http://)?</translation>
    </message>
    <message>
        <source>the server closed the connection without answering: wrong port, or is it crashing?</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen: falscher Port, oder stürzt er ab?</translation>
    </message>
    <message>
        <source>the connection broke off mid-answer: is the server crashing or restarting?</source>
        <translation>die Verbindung brach mitten in der Antwort ab: stürzt der Server ab oder startet er neu?</translation>
    </message>
    <message>
        <source>answers, but not HTTP: wrong port, or does it want https://?</source>
        <translation>antwortet, aber nicht mit HTTP: falscher Port, oder will er https://?</translation>
    </message>
    <message>
        <source>could not reach it: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>HTTP 403: the API key is not allowed here (c41ctl secret set %1)</source>
        <translation>HTTP 403: der API-Schlüssel ist hier nicht zugelassen (c41ctl secret set %1)</translation>
    </message>
    <message>
        <source>HTTP %1: the API key is missing or wrong (c41ctl secret set %2)</source>
        <translation>HTTP %1: der API-Schlüssel fehlt oder ist falsch (c41ctl secret set %2)</translation>
    </message>
    <message>
        <source>; the config sends no key: add &quot;auth&quot;: &quot;bearer&quot; to the server</source>
        <translation>; die Konfiguration sendet keinen Schlüssel: ergänzen Sie &quot;auth&quot;: &quot;bearer&quot; beim Server</translation>
    </message>
    <message>
        <source>HTTP 503: the server is up but not ready (model loading?)</source>
        <translation>HTTP 503: der Server läuft, ist aber nicht bereit (lädt ein Modell?)</translation>
    </message>
    <message>
        <source>HTTP 503: the server is up but not ready (model loading?): %1</source>
        <translation>HTTP 503: der Server läuft, ist aber nicht bereit (lädt ein Modell?): %1</translation>
    </message>
    <message>
        <source>HTTP %1: the server is up but failing</source>
        <translation>HTTP %1: der Server läuft, aber meldet Fehler</translation>
    </message>
    <message>
        <source>HTTP %1: the server is up but failing: %2</source>
        <translation>HTTP %1: der Server läuft, aber meldet Fehler: %2</translation>
    </message>
    <message>
        <source>answers HTTP</source>
        <translation>antwortet mit HTTP</translation>
    </message>
    <message>
        <source>upgrades to a WebSocket: live progress works</source>
        <translation>wechselt zu WebSocket: der Live-Fortschritt funktioniert</translation>
    </message>
    <message>
        <source>no WebSocket upgrade (HTTP %1): live progress will not show; does a proxy drop the Upgrade header?</source>
        <translation>kein Wechsel zu WebSocket (HTTP %1): der Live-Fortschritt wird nicht angezeigt; verwirft ein Proxy den Upgrade-Header?</translation>
    </message>
    <message>
        <source>slow first byte (%1 after connecting): model loading?</source>
        <translation>langsames erstes Byte (%1 nach dem Verbinden): lädt ein Modell?</translation>
    </message>
    <message>
        <source>an Ollama server</source>
        <translation>ein Ollama-Server</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server</source>
        <translation>ein OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>a ComfyUI server</source>
        <translation>ein ComfyUI-Server</translation>
    </message>
    <message>
        <source>a TTS server</source>
        <translation>ein TTS-Server</translation>
    </message>
    <message>
        <source>a Prometheus server</source>
        <translation>ein Prometheus-Server</translation>
    </message>
    <message>
        <source>a Prometheus exporter</source>
        <translation>ein Prometheus-Exporter</translation>
    </message>
    <message>
        <source>a macmon server</source>
        <translation>ein macmon-Server</translation>
    </message>
    <message>
        <source>a server of its kind</source>
        <translation>ein Server seiner Art</translation>
    </message>
    <message>
        <source>answers, but with more than the doctor reads: not like %1</source>
        <translation>antwortet, aber mit mehr, als die Diagnose liest: nicht wie %1</translation>
    </message>
    <message>
        <source>answers, but not like %1 (HTTP %2 at %3): wrong port or kind?</source>
        <translation>antwortet, aber nicht wie %1 (HTTP %2 bei %3): falscher Port oder falsche Art?</translation>
    </message>
    <message>
        <source>answers, but not like %1: wrong port or kind? (%2)</source>
        <translation>antwortet, aber nicht wie %1: falscher Port oder falsche Art? (%2)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>could not resolve the host name &apos;%1&apos;</source>
        <translation>der Hostname „%1“ konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Check the host name, or use the box&apos;s IP address.</source>
        <translation>Prüfen Sie den Hostnamen oder verwenden Sie die IP-Adresse des Rechners.</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>Is the server running, and listening on the network, not only on 127.0.0.1?</source>
        <translation>Läuft der Server und lauscht er im Netzwerk, nicht nur auf 127.0.0.1?</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>Zeitüberschreitung der Verbindung zu %1</translation>
    </message>
    <message>
        <source>Is the box on and reachable on this network?</source>
        <translation>Ist der Rechner an und in diesem Netzwerk erreichbar?</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check the certificate, or use http:// for a LAN server.</source>
        <translation>Prüfen Sie das Zertifikat oder verwenden Sie http:// für einen Server im lokalen Netz.</translation>
    </message>
    <message>
        <source>the server closed the connection before the reply was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>The server may have crashed or restarted; try again.</source>
        <translation>Der Server ist vielleicht abgestürzt oder neu gestartet; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>the reply is not valid HTTP (%1)</source>
        <translation>die Antwort ist kein gültiges HTTP (%1)</translation>
    </message>
    <message>
        <source>Check that the URL and port point at the right server.</source>
        <translation>Prüfen Sie, ob URL und Port auf den richtigen Server zeigen.</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>no complete reply within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server may be overloaded or hung.</source>
        <translation>Der Server ist vielleicht überlastet oder hängt.</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>der Server hat %1 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>the reply is larger than the %1 MiB limit</source>
        <translation>die Antwort ist größer als die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>die Anfrage wurde verworfen</translation>
    </message>
    <message>
        <source>the client is shutting down</source>
        <translation>der Client wird beendet</translation>
    </message>
    <message>
        <source>this system has no TLS library for Qt</source>
        <translation>dieses System hat keine TLS-Bibliothek für Qt</translation>
    </message>
    <message>
        <source>the URL scheme &apos;%1&apos; is not http or https</source>
        <translation>das URL-Schema &apos;%1&apos; ist weder http noch https</translation>
    </message>
    <message>
        <source>the server redirects this request (HTTP %1) to %2</source>
        <translation>der Server leitet diese Anfrage um (HTTP %1), nach %2</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>Set the server&apos;s URL to where it redirects.</source>
        <translation>Tragen Sie als URL des Servers das Umleitungsziel ein.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>it does not start with an HTTP/1.x status line</source>
        <translation>sie beginnt nicht mit einer HTTP/1.x-Statuszeile</translation>
    </message>
    <message>
        <source>the reply&apos;s status line and headers are longer than %1 bytes</source>
        <translation>Statuszeile und Header der Antwort sind länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the status line has no valid status code</source>
        <translation>die Statuszeile hat keinen gültigen Statuscode</translation>
    </message>
    <message>
        <source>a header line has no name</source>
        <translation>eine Headerzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>unsupported transfer coding &apos;%1&apos;</source>
        <translation>nicht unterstützte Transferkodierung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid Content-Length &apos;%1&apos;</source>
        <translation>ungültige Content-Length &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a chunk-size line is longer than %1 bytes</source>
        <translation>eine Chunk-Größenzeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>invalid chunk size &apos;%1&apos;</source>
        <translation>ungültige Chunk-Größe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a chunk is longer than its declared size</source>
        <translation>ein Chunk ist länger als seine angegebene Größe</translation>
    </message>
    <message>
        <source>the trailer after the last chunk is too long</source>
        <translation>der Trailer nach dem letzten Chunk ist zu lang</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <source>an NDJSON line exceeded %1</source>
        <translation>eine NDJSON-Zeile überschritt %1</translation>
    </message>
    <message>
        <source>The server&apos;s stream has a line longer than this app accepts; check that the URL points at the right server.</source>
        <translation>Der Datenstrom des Servers enthält eine längere Zeile, als diese App annimmt; prüfen Sie, ob die URL auf den richtigen Server zeigt.</translation>
    </message>
</context>
<context>
    <name>NodeErrors</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (insgesamt %1)</translation>
    </message>
    <message>
        <source>Node </source>
        <translation>Knoten </translation>
    </message>
    <message>
        <source>, input </source>
        <translation>, Eingang </translation>
    </message>
    <message>
        <source>: required input is missing</source>
        <translation>: Pflichteingang fehlt</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>of the right type</source>
        <translation>ein Wert des richtigen Typs</translation>
    </message>
    <message>
        <source>a valid </source>
        <translation>ein gültiger Wert vom Typ </translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not %2</source>
        <translation>: erwartet wird %2, nicht „%1“</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: „%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>: links to node %1, which is not in the workflow</source>
        <translation>: verweist auf Knoten %1, der nicht im Workflow ist</translation>
    </message>
    <message>
        <source>: the linked node gives %1, but this input takes %2</source>
        <translation>: der verknüpfte Knoten liefert %1, aber dieser Eingang nimmt %2</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>einen anderen Typ</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow without saying why</source>
        <translation>ComfyUI hat den Workflow ohne Begründung abgelehnt</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow: </source>
        <translation>ComfyUI hat den Workflow abgelehnt: </translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation> (Knoten %1)</translation>
    </message>
    <message>
        <source>The server has no node type %1%2: install the custom nodes that provide it, or update ComfyUI</source>
        <translation>Der Server hat keinen Knotentyp %1%2: installieren Sie die Custom Nodes, die ihn bereitstellen, oder aktualisieren Sie ComfyUI</translation>
    </message>
    <message>
        <source>This workflow needs %1 on the server (node type %2%3)</source>
        <translation>Dieser Workflow braucht %1 auf dem Server (Knotentyp %2%3)</translation>
    </message>
    <message>
        <source>The workflow has no output node (SaveImage, SaveVideo, SaveAudio, …), so ComfyUI has nothing to run</source>
        <translation>Der Workflow hat keinen Ausgabeknoten (SaveImage, SaveVideo, SaveAudio, …), daher hat ComfyUI nichts auszuführen</translation>
    </message>
    <message>
        <source>The request held no workflow (no &quot;prompt&quot; in the body)</source>
        <translation>Die Anfrage enthielt keinen Workflow (kein &quot;prompt&quot; im Inhalt)</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow: some nodes have invalid inputs</source>
        <translation>ComfyUI hat den Workflow abgelehnt: einige Knoten haben ungültige Eingänge</translation>
    </message>
    <message>
        <source>: refused by the server</source>
        <translation>: vom Server abgelehnt</translation>
    </message>
</context>
<context>
    <name>ObjectInfo</name>
    <message>
        <source>The node list (/object_info) is not a JSON object</source>
        <translation>Die Knotenliste (/object_info) ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Check that this server is ComfyUI.</source>
        <translation>Prüfen Sie, ob dieser Server ComfyUI ist.</translation>
    </message>
</context>
<context>
    <name>Prometheus</name>
    <message>
        <source>line %1: longer than %2</source>
        <translation>Zeile %1: länger als %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 line without a valid metric name</source>
        <translation>%1-Zeile ohne gültigen Metriknamen</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot;</source>
        <translation>unbekannter Metriktyp „%1“</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>Metrikname erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot;</source>
        <translation>ungültiger Wert „%1“</translation>
    </message>
    <message>
        <source>bad timestamp &quot;%1&quot;</source>
        <translation>ungültiger Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>unerwarteter Text nach dem Wert</translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation>Labelname erwartet</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after a label</source>
        <translation>&apos;=&apos; nach einem Label erwartet</translation>
    </message>
    <message>
        <source>expected a quoted label value</source>
        <translation>Label-Wert in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>nicht abgeschlossener Label-Wert</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in labels</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in den Labels erwartet</translation>
    </message>
    <message>
        <source>the query result</source>
        <translation>das Abfrageergebnis</translation>
    </message>
    <message>
        <source>query: expected an object</source>
        <translation>query: Objekt erwartet</translation>
    </message>
    <message>
        <source>query: </source>
        <translation>query: </translation>
    </message>
    <message>
        <source>query: expected a vector result</source>
        <translation>query: Vektor-Ergebnis erwartet</translation>
    </message>
    <message>
        <source>the range query result</source>
        <translation>das Ergebnis der Bereichsabfrage</translation>
    </message>
    <message>
        <source>query_range: expected an object</source>
        <translation>query_range: Objekt erwartet</translation>
    </message>
    <message>
        <source>query_range: </source>
        <translation>query_range: </translation>
    </message>
    <message>
        <source>query_range: expected a matrix result</source>
        <translation>query_range: Matrix-Ergebnis erwartet</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>cannot access the secret &apos;%1&apos;: %2</source>
        <translation>kein Zugriff auf das Geheimnis „%1“: %2</translation>
    </message>
    <message>
        <source>Is a keyring (GNOME Keyring, KWallet) running and unlocked?</source>
        <translation>Läuft ein Schlüsselbund (GNOME Keyring, KWallet) und ist er entsperrt?</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address</source>
        <translation>„%1“ ist keine Serveradresse</translation>
    </message>
    <message>
        <source>Write it as KIND+URL, e.g. ollama+http://mac-studio.local:11434 (kinds: %1).</source>
        <translation>Schreiben Sie sie als KIND+URL, z. B. ollama+http://mac-studio.local:11434 (Arten: %1).</translation>
    </message>
    <message>
        <source>unknown server kind &apos;%1&apos;</source>
        <translation>unbekannte Serverart „%1“</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie eine davon: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>Write it as KIND+URL, e.g. comfyui+http://forge:8188.</source>
        <translation>Schreiben Sie sie als KIND+URL, z. B. comfyui+http://forge:8188.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Check the kind and the port in the server&apos;s address.</source>
        <translation>Prüfen Sie Art und Port in der Adresse des Servers.</translation>
    </message>
    <message>
        <source>no &quot;version&quot;</source>
        <translation>kein &quot;version&quot;</translation>
    </message>
    <message>
        <source>no model list</source>
        <translation>keine Modellliste</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>keine Modelle</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>no &quot;system&quot; and &quot;devices&quot;</source>
        <translation>kein &quot;system&quot; und &quot;devices&quot;</translation>
    </message>
    <message>
        <source>no Prometheus metrics</source>
        <translation>keine Prometheus-Metriken</translation>
    </message>
    <message numerus="yes">
        <source>%n metric families</source>
        <translation>
            <numerusform>%n Metrikfamilie</numerusform>
            <numerusform>%n Metrikfamilien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>its status</source>
        <translation>seinen Status</translation>
    </message>
    <message>
        <source>speech · </source>
        <translation>Sprache · </translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>kein &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>no &quot;memory&quot; section</source>
        <translation>kein Abschnitt &quot;memory&quot;</translation>
    </message>
    <message>
        <source>does not answer like a server of kind %1 (%2)</source>
        <translation>antwortet nicht wie ein Server der Art %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>an SSE event exceeded %1</source>
        <translation>ein SSE-Ereignis überschritt %1</translation>
    </message>
    <message>
        <source>The server sent more data in one event than this app accepts; check the server and request.</source>
        <translation>Der Server hat in einem Ereignis mehr Daten gesendet, als diese App annimmt; prüfen Sie Server und Anfrage.</translation>
    </message>
    <message>
        <source>an SSE line exceeded %1</source>
        <translation>eine SSE-Zeile überschritt %1</translation>
    </message>
    <message>
        <source>The server&apos;s event stream has a line longer than this app accepts; check that the URL points at the right server.</source>
        <translation>Der Ereignisstrom des Servers enthält eine längere Zeile, als diese App annimmt; prüfen Sie, ob die URL auf den richtigen Server zeigt.</translation>
    </message>
</context>
<context>
    <name>StudioConfig</name>
    <message>
        <source>Fix the file and start again; it was not changed.</source>
        <translation>Korrigieren Sie die Datei und starten Sie neu; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the top level must be an object with &quot;boxes&quot;</source>
        <translation>die oberste Ebene muss ein Objekt mit &quot;boxes&quot; sein</translation>
    </message>
    <message>
        <source>only version 1 is understood</source>
        <translation>nur Version 1 wird verstanden</translation>
    </message>
    <message>
        <source>must be a list of boxes</source>
        <translation>muss eine Liste von Rechnern sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;servers&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot; und &quot;servers&quot; sein</translation>
    </message>
    <message>
        <source>a box needs a name (text)</source>
        <translation>ein Rechner braucht einen Namen (Text)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, - _ .)</source>
        <translation>„%1“ ist kein gültiger Name (Buchstaben, Ziffern, - _ .)</translation>
    </message>
    <message>
        <source>box &apos;%1&apos; is named twice</source>
        <translation>der Rechner „%1“ ist doppelt benannt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list of servers</source>
        <translation>muss eine Liste von Servern sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;url&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot; und &quot;url&quot; sein</translation>
    </message>
    <message>
        <source>a server needs a name (text)</source>
        <translation>ein Server braucht einen Namen (Text)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is named twice</source>
        <translation>der Server „%1“ ist doppelt benannt</translation>
    </message>
    <message>
        <source>a server needs a url such as &quot;ollama+http://host:11434&quot;</source>
        <translation>ein Server braucht eine URL wie &quot;ollama+http://host:11434&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>a role is one of: %1</source>
        <translation>eine Rolle ist eine von: %1</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;bearer&quot; or &quot;x-api-key&quot; (the key itself goes in the keychain, never in this file)</source>
        <translation>muss &quot;none&quot;, &quot;bearer&quot; oder &quot;x-api-key&quot; sein (der Schlüssel selbst gehört in den Schlüsselbund, nie in diese Datei)</translation>
    </message>
    <message>
        <source>secrets never go in the config file; store the key with &quot;c41ctl secret set %1&quot;</source>
        <translation>Geheimnisse gehören nie in die Konfigurationsdatei; speichern Sie den Schlüssel mit &quot;c41ctl secret set %1&quot;</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos; in the config</source>
        <translation>kein Server namens „%1“ in der Konfiguration</translation>
    </message>
    <message>
        <source>Give a KIND+URL such as ollama+http://host:11434, or run with --demo.</source>
        <translation>Geben Sie eine KIND+URL wie ollama+http://host:11434 an oder starten Sie mit --demo.</translation>
    </message>
    <message>
        <source>Known servers: %1; or give a KIND+URL.</source>
        <translation>Bekannte Server: %1; oder geben Sie eine KIND+URL an.</translation>
    </message>
</context>
<context>
    <name>StudioEditor</name>
    <message>
        <source>there is already a box named &apos;%1&apos;</source>
        <translation>es gibt bereits einen Rechner namens „%1“</translation>
    </message>
    <message>
        <source>no box named &apos;%1&apos;</source>
        <translation>kein Rechner namens „%1“</translation>
    </message>
    <message>
        <source>add a box first: a server runs on a box</source>
        <translation>legen Sie zuerst einen Rechner an: ein Server läuft auf einem Rechner</translation>
    </message>
    <message>
        <source>there is already a server named &apos;%1&apos;</source>
        <translation>es gibt bereits einen Server namens „%1“</translation>
    </message>
    <message>
        <source>the server needs a KIND+URL</source>
        <translation>der Server braucht eine KIND+URL</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos;</source>
        <translation>kein Server namens „%1“</translation>
    </message>
</context>
<context>
    <name>StudioSource</name>
    <message>
        <source>Demo lab: simulated servers on this machine</source>
        <translation>Demo-Labor: simulierte Server auf diesem Rechner</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>no Prometheus server for the history</source>
        <translation>kein Prometheus-Server für den Verlauf</translation>
    </message>
    <message>
        <source>%1 has no prometheus source for a longer history</source>
        <translation>%1 hat keine Prometheus-Quelle für einen längeren Verlauf</translation>
    </message>
    <message>
        <source>%1 servers are not a telemetry source yet</source>
        <translation>%1-Server sind noch keine Telemetriequelle</translation>
    </message>
</context>
<context>
    <name>TelemetryAlerts</name>
    <message>
        <source>%1 on %2 is hot: %3 °C</source>
        <translation>%1 auf %2 ist heiß: %3 °C</translation>
    </message>
    <message>
        <source>%1 on %2 cooled to %3 °C</source>
        <translation>%1 auf %2 ist auf %3 °C abgekühlt</translation>
    </message>
    <message>
        <source>%1 on %2: memory %3% full</source>
        <translation>%1 auf %2: Speicher zu %3 % voll</translation>
    </message>
    <message>
        <source>%1 on %2: memory back to %3%</source>
        <translation>%1 auf %2: Speicher wieder bei %3 %</translation>
    </message>
    <message>
        <source>%1 on %2 is throttling (%3)</source>
        <translation>%1 auf %2 drosselt (%3)</translation>
    </message>
    <message>
        <source>%1 on %2 is no longer throttling</source>
        <translation>%1 auf %2 drosselt nicht mehr</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 ist offline</translation>
    </message>
    <message>
        <source>%1 is back online</source>
        <translation>%1 ist wieder online</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>This is a ComfyUI UI workflow (saved with Save). Export it with Export (API) and import that file.</source>
        <translation>Dies ist ein ComfyUI-Workflow im UI-Format (mit Save gespeichert). Exportieren Sie ihn mit Export (API) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The workflow file is empty</source>
        <translation>Die Workflow-Datei ist leer</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (bei Byte %1)</translation>
    </message>
    <message>
        <source>This is not a JSON file</source>
        <translation>Dies ist keine JSON-Datei</translation>
    </message>
    <message>
        <source>Export the workflow from ComfyUI with Export (API).</source>
        <translation>Exportieren Sie den Workflow aus ComfyUI mit Export (API).</translation>
    </message>
    <message>
        <source>This is not a ComfyUI workflow: expected a JSON object of nodes, found %1</source>
        <translation>Dies ist kein ComfyUI-Workflow: erwartet wurde ein JSON-Objekt aus Knoten, gefunden: %1</translation>
    </message>
    <message>
        <source>Node %1 is %2, not a node object</source>
        <translation>Knoten %1 ist %2, kein Knotenobjekt</translation>
    </message>
    <message>
        <source>Node %1 has no class_type (the node&apos;s type)</source>
        <translation>Knoten %1 hat keinen class_type (den Typ des Knotens)</translation>
    </message>
    <message>
        <source>Node %1 %2: its inputs are %3, not an object of named inputs</source>
        <translation>Knoten %1 %2: seine Eingänge sind %3, kein Objekt benannter Eingänge</translation>
    </message>
    <message>
        <source>The workflow has no nodes</source>
        <translation>Der Workflow hat keine Knoten</translation>
    </message>
    <message>
        <source>Node %1, input %2: a link must be [&quot;node id&quot;, output number]</source>
        <translation>Knoten %1, Eingang %2: eine Verknüpfung muss [&quot;node id&quot;, output number] sein</translation>
    </message>
    <message>
        <source>Node %1, input %2 links to node %3, which is not in the workflow</source>
        <translation>Knoten %1, Eingang %2 verweist auf Knoten %3, der nicht im Workflow ist</translation>
    </message>
    <message>
        <source>Several nodes are titled &quot;%1&quot; (nodes %2)</source>
        <translation>Mehrere Knoten heißen „%1“ (Knoten %2)</translation>
    </message>
    <message>
        <source>Use the node id instead.</source>
        <translation>Verwenden Sie stattdessen die Knoten-ID.</translation>
    </message>
    <message>
        <source>The workflow has no node &quot;%1&quot;</source>
        <translation>Der Workflow hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>Nodes: </source>
        <translation>Knoten: </translation>
    </message>
</context>
<context>
    <name>WorkflowOverrides</name>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (insgesamt %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NODE.input=VALUE</source>
        <translation>„%1“ ist nicht NODE.input=VALUE</translation>
    </message>
    <message>
        <source>For example: --set 3.steps=30 or --set &quot;Positive prompt.text=a red fox&quot;</source>
        <translation>Zum Beispiel: --set 3.steps=30 oder --set &quot;Positive prompt.text=a red fox&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names neither NODE.input nor a parameter of this workflow</source>
        <translation>„%1“ nennt weder NODE.input noch einen Parameter dieses Workflows</translation>
    </message>
    <message>
        <source>Parameters: </source>
        <translation>Parameter: </translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>Der Workflow hat keinen Knoten %1</translation>
    </message>
    <message>
        <source>Node %1, input %2</source>
        <translation>Knoten %1, Eingang %2</translation>
    </message>
    <message>
        <source> is connected to node %1; only values can be set</source>
        <translation> ist mit Knoten %1 verbunden; nur Werte können gesetzt werden</translation>
    </message>
    <message>
        <source>Node %1 has no input &quot;%2&quot;</source>
        <translation>Knoten %1 hat keinen Eingang „%2“</translation>
    </message>
    <message>
        <source>Its inputs: </source>
        <translation>Seine Eingänge: </translation>
    </message>
    <message>
        <source> takes a link from another node (%1), not a value</source>
        <translation> nimmt eine Verknüpfung von einem anderen Knoten (%1), keinen Wert</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not a whole number</source>
        <translation>: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not a number</source>
        <translation>: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not true or false</source>
        <translation>: „%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: „%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>The workflow has several %1 inputs: %2</source>
        <translation>Der Workflow hat mehrere %1-Eingänge: %2</translation>
    </message>
    <message>
        <source>Name one by its id, e.g. %1=FILE</source>
        <translation>Nennen Sie einen über seine ID, z. B. %1=FILE</translation>
    </message>
    <message>
        <source>The workflow has no input file &quot;%1&quot;</source>
        <translation>Der Workflow hat keine Eingabedatei „%1“</translation>
    </message>
    <message>
        <source>It takes no image, audio or video files.</source>
        <translation>Er nimmt keine Bild-, Audio- oder Videodateien.</translation>
    </message>
</context>
<context>
    <name>WorkflowValidator</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (insgesamt %1)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>This workflow needs %1 on %2 (nodes %3)</source>
        <translation>Dieser Workflow braucht %1, das %2 nicht hat (Knoten %3)</translation>
    </message>
    <message>
        <source>. Install that custom-node pack and restart ComfyUI.</source>
        <translation>. Installieren Sie dieses Custom-Node-Paket und starten Sie ComfyUI neu.</translation>
    </message>
    <message>
        <source>. Install it (github.com/%1) and restart ComfyUI.</source>
        <translation>. Installieren Sie es (github.com/%1) und starten Sie ComfyUI neu.</translation>
    </message>
    <message>
        <source>%1 has no node type %2 (node %3). Install the custom nodes that provide it, or update ComfyUI.</source>
        <translation>%1 hat keinen Knotentyp %2 (Knoten %3). Installieren Sie die Custom Nodes, die ihn bereitstellen, oder aktualisieren Sie ComfyUI.</translation>
    </message>
    <message>
        <source>Node %1, input %2</source>
        <translation>Knoten %1, Eingang %2</translation>
    </message>
    <message>
        <source> links to node %1, which is not in the workflow</source>
        <translation> verweist auf Knoten %1, der nicht im Workflow ist</translation>
    </message>
    <message>
        <source> links to output %1 of node %2, which has only %3 output(s)</source>
        <translation> verweist auf Ausgang %1 von Knoten %2, der nur %3 Ausgang/Ausgänge hat</translation>
    </message>
    <message>
        <source>: node %1 gives %2, but this input takes %3</source>
        <translation>: Knoten %1 liefert %2, aber dieser Eingang nimmt %3</translation>
    </message>
    <message>
        <source>: required value is missing</source>
        <translation>: Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>: required input is missing (it needs a link from a node giving %1)</source>
        <translation>: Pflichteingang fehlt (er braucht eine Verknüpfung von einem Knoten, der %1 liefert)</translation>
    </message>
    <message>
        <source> takes a link from another node (%1), not the value %2</source>
        <translation> nimmt eine Verknüpfung von einem anderen Knoten (%1), nicht den Wert %2</translation>
    </message>
    <message>
        <source>: %1 is not in %2&apos;s input folder; upload it (--input %3.%4=FILE)</source>
        <translation>: %1 fehlt im Eingabeordner (%2); laden Sie die Datei hoch (--input %3.%4=FILE)</translation>
    </message>
    <message>
        <source>Node %1: model %2 is not on %3; it has: %4</source>
        <translation>Knoten %1: Modell %2 fehlt (%3 hat: %4)</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: „%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not %2</source>
        <translation>: erwartet wird %2, nicht „%1“</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>: %1 is not a %2 value</source>
        <translation>: %1 ist kein %2-Wert</translation>
    </message>
    <message>
        <source>The workflow has no output node (SaveImage, SaveVideo, SaveAudio, VHS_VideoCombine, …), so ComfyUI would have nothing to run</source>
        <translation>Der Workflow hat keinen Ausgabeknoten (SaveImage, SaveVideo, SaveAudio, VHS_VideoCombine, …), daher hätte ComfyUI nichts auszuführen</translation>
    </message>
</context>
<context>
    <name>c41</name>
    <message>
        <source>the prompt (%1 tokens) does not fit the model&apos;s context (%2)</source>
        <translation>der Prompt (%1 Tokens) passt nicht in den Kontext des Modells (%2)</translation>
    </message>
    <message>
        <source>Shorten the conversation, or restart the server with a larger context.</source>
        <translation>Kürzen Sie die Unterhaltung oder starten Sie den Server mit einem größeren Kontext neu.</translation>
    </message>
    <message>
        <source>the chat stream had a line that is not JSON</source>
        <translation>der Chat-Datenstrom enthielt eine Zeile, die kein JSON ist</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the chat stream had an event that is not JSON</source>
        <translation>der Chat-Datenstrom enthielt ein Ereignis, das kein JSON ist</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>der Server hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the job database</source>
        <translation>die Auftragsdatenbank</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>cannot open the job database</source>
        <translation>die Auftragsdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>it was written by a newer C41 (schema %1, this one knows %2)</source>
        <translation>sie wurde von einer neueren C41-Version geschrieben (Schema %1, diese kennt %2)</translation>
    </message>
    <message>
        <source>cannot add the job</source>
        <translation>der Auftrag kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>kein Auftrag %1</translation>
    </message>
    <message>
        <source>job %1 has already finished (%2)</source>
        <translation>Auftrag %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>job %1 is still %2</source>
        <translation>Auftrag %1 ist noch im Zustand „%2“</translation>
    </message>
    <message>
        <source>cannot reorder the queue</source>
        <translation>die Warteschlange kann nicht umsortiert werden</translation>
    </message>
    <message>
        <source>no speech server named &quot;%1&quot; is configured</source>
        <translation>kein Sprachserver namens „%1“ konfiguriert</translation>
    </message>
    <message>
        <source>the job has no text</source>
        <translation>der Auftrag hat keinen Text</translation>
    </message>
    <message>
        <source>the job was released before it was submitted</source>
        <translation>der Auftrag wurde freigegeben, bevor er übermittelt wurde</translation>
    </message>
    <message>
        <source>speaking on %1</source>
        <translation>Sprachausgabe auf %1</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>the chat database</source>
        <translation>die Chat-Datenbank</translation>
    </message>
    <message>
        <source>cannot open the chat database</source>
        <translation>die Chat-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot save the conversation</source>
        <translation>die Unterhaltung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the conversations</source>
        <translation>die Unterhaltungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot rename the conversation</source>
        <translation>die Unterhaltung kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>cannot delete the conversation</source>
        <translation>die Unterhaltung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>die Nachrichten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>Unterhaltung nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>die Nachrichten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>die Nachricht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>Nachricht nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot search the chats</source>
        <translation>die Chats können nicht durchsucht werden</translation>
    </message>
    <message>
        <source>cannot save the persona</source>
        <translation>die Persona kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the personas</source>
        <translation>die Personas können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot delete the persona</source>
        <translation>die Persona kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 is not an LLM server of this studio</source>
        <translation>%1 ist kein LLM-Server dieses Studios</translation>
    </message>
    <message>
        <source>One window for every AI box in the studio.</source>
        <translation>Ein Fenster für jeden KI-Rechner im Studio.</translation>
    </message>
    <message>
        <source>Run against the built-in demo studio.</source>
        <translation>Arbeitet mit dem eingebauten Demo-Studio.</translation>
    </message>
    <message>
        <source>Read the studio from FILE.</source>
        <translation>Liest das Studio aus FILE.</translation>
    </message>
    <message>
        <source>Once the window shows live data, save it and quit: to FILE.png (the dashboard), or one PNG per page into the folder DIR.</source>
        <translation>Speichert das Fenster, sobald es Live-Daten zeigt, und beendet sich: in FILE.png (die Übersicht) oder ein PNG pro Seite im Ordner DIR.</translation>
    </message>
    <message>
        <source>Open the window at this size (e.g. 1280x800).</source>
        <translation>Öffnet das Fenster in dieser Größe (z. B. 1280x800).</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally where there is no tray).</source>
        <translation>Startet verborgen im Infobereich (ohne Infobereich normal angezeigt).</translation>
    </message>
    <message>
        <source>Log requests to stderr.</source>
        <translation>Protokolliert Anfragen auf stderr.</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How do I read a Prometheus scrape in Python?</source>
        <translation>Wie lese ich einen Prometheus-Scrape in Python?</translation>
    </message>
    <message>
        <source>no ComfyUI server named &quot;%1&quot; is configured</source>
        <translation>kein ComfyUI-Server namens „%1“ konfiguriert</translation>
    </message>
    <message>
        <source>the job has no workflow</source>
        <translation>der Auftrag hat keinen Workflow</translation>
    </message>
    <message>
        <source>the job has no prompt id; retry it</source>
        <translation>der Auftrag hat keine Prompt-ID; wiederholen Sie ihn</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 antwortet nicht mehr: %2</translation>
    </message>
    <message>
        <source>waiting for %1 to answer</source>
        <translation>wartet auf Antwort von %1</translation>
    </message>
    <message>
        <source>submitting to %1</source>
        <translation>wird an %1 übermittelt</translation>
    </message>
    <message>
        <source>queued on %1</source>
        <translation>in der Warteschlange von %1</translation>
    </message>
    <message>
        <source>%1 rejected the workflow: %2</source>
        <translation>%1 hat den Workflow abgelehnt: %2</translation>
    </message>
    <message>
        <source>running %1 on %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>waiting on %1 (%2 ahead)</source>
        <translation>wartet auf %1 (%2 davor)</translation>
    </message>
    <message>
        <source>%1 no longer knows prompt %2 (the server restarted?); retry the job</source>
        <translation>%1 kennt den Prompt %2 nicht mehr (Server neu gestartet?); wiederholen Sie den Auftrag</translation>
    </message>
    <message>
        <source>%1 interrupted the prompt at node %2</source>
        <translation>%1 hat den Prompt bei Knoten %2 unterbrochen</translation>
    </message>
    <message>
        <source>node %1 failed: %2</source>
        <translation>Knoten %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>the prompt ended with status &quot;%1&quot;</source>
        <translation>der Prompt endete mit dem Status „%1“</translation>
    </message>
    <message>
        <source>could not save output %1: %2</source>
        <translation>die Ausgabe %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>job %1 is not waiting in the queue (it is %2)</source>
        <translation>Auftrag %1 wartet nicht in der Warteschlange (Zustand: %2)</translation>
    </message>
    <message>
        <source>the read was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>About C41 Control Center</source>
        <translation>Über C41 Control Center</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>no executor can run %1 jobs</source>
        <translation>kein Ausführer kann %1-Aufträge ausführen</translation>
    </message>
    <message>
        <source>Welcome to the studio. Three renders are ready.</source>
        <translation>Willkommen im Studio. Drei Renderings sind fertig.</translation>
    </message>
    <message>
        <source>The job queue is off: its database cannot be opened.</source>
        <translation>Die Auftragswarteschlange ist aus: ihre Datenbank kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>c41::app::JobServices</name>
    <message>
        <source>no job database (no writable data folder)</source>
        <translation>keine Auftragsdatenbank (kein beschreibbarer Datenordner)</translation>
    </message>
    <message>
        <source>set C41_JOBS_DB</source>
        <translation>setzen Sie C41_JOBS_DB</translation>
    </message>
</context>
<context>
    <name>c41::backends::ComfyUiRun</name>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>Knoten %1 (%2)</translation>
    </message>
    <message>
        <source>the prompt was interrupted at %1</source>
        <translation>der Prompt wurde bei %1 unterbrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>Check that node&apos;s inputs; the server log has the full traceback.</source>
        <translation>Prüfen Sie die Eingänge dieses Knotens; das Serverprotokoll enthält den vollständigen Traceback.</translation>
    </message>
    <message>
        <source>cancelled before it was queued</source>
        <translation>abgebrochen, bevor er in die Warteschlange kam</translation>
    </message>
    <message>
        <source>cancelled; the prompt was removed from the queue</source>
        <translation>abgebrochen; der Prompt wurde aus der Warteschlange entfernt</translation>
    </message>
    <message>
        <source>cancelled; the running prompt was interrupted</source>
        <translation>abgebrochen; der laufende Prompt wurde unterbrochen</translation>
    </message>
    <message>
        <source>the job was closed</source>
        <translation>der Auftrag wurde geschlossen</translation>
    </message>
    <message>
        <source>this job runner is already running a prompt</source>
        <translation>dieser Auftragsausführer führt bereits einen Prompt aus</translation>
    </message>
    <message>
        <source>the workflow is not an API-format object of nodes</source>
        <translation>der Workflow ist kein Knotenobjekt im API-Format</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the prompt ended with status &quot;%1&quot;</source>
        <translation>der Prompt endete mit dem Status „%1“</translation>
    </message>
    <message>
        <source>the prompt %1 was removed from the queue before it ran</source>
        <translation>der Prompt %1 wurde aus der Warteschlange entfernt, bevor er lief</translation>
    </message>
</context>
<context>
    <name>c41::backends::LlmBackend</name>
    <message>
        <source>this server cannot %1 a model through its API</source>
        <translation>dieser Server kann über seine API kein Modell %1</translation>
    </message>
    <message>
        <source>it loads models on demand or at start-up; use its own tools</source>
        <translation>er lädt Modelle bei Bedarf oder beim Start; verwenden Sie seine eigenen Werkzeuge</translation>
    </message>
</context>
<context>
    <name>c41::backends::OllamaBackend</name>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>the model list</source>
        <translation>die Modellliste</translation>
    </message>
    <message>
        <source>the loaded models</source>
        <translation>die geladenen Modelle</translation>
    </message>
    <message>
        <source>load</source>
        <translation>laden</translation>
    </message>
    <message>
        <source>chat with</source>
        <translation>für einen Chat nutzen</translation>
    </message>
</context>
<context>
    <name>c41::backends::OpenAiBackend</name>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>the model list</source>
        <translation>die Modellliste</translation>
    </message>
    <message>
        <source>load</source>
        <translation>laden</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>fixieren</translation>
    </message>
    <message>
        <source>unload</source>
        <translation>entladen</translation>
    </message>
    <message>
        <source>chat with</source>
        <translation>für einen Chat nutzen</translation>
    </message>
</context>
<context>
    <name>c41::backends::TtsClient</name>
    <message>
        <source>there is no text to speak</source>
        <translation>es gibt keinen Text zum Sprechen</translation>
    </message>
    <message>
        <source>no voice given</source>
        <translation>keine Stimme angegeben</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>kein Modell angegeben</translation>
    </message>
    <message>
        <source>unknown audio format &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekanntes Audioformat „%1“ (verwenden Sie eines von: %2)</translation>
    </message>
    <message>
        <source>speed %1 is out of range: 0.25 to 4.0</source>
        <translation>Geschwindigkeit %1 liegt außerhalb des Bereichs: 0.25 bis 4.0</translation>
    </message>
    <message>
        <source>the client is gone</source>
        <translation>der Client ist nicht mehr da</translation>
    </message>
    <message>
        <source>its model list</source>
        <translation>seine Modellliste</translation>
    </message>
    <message>
        <source>the server lists no model; name one</source>
        <translation>der Server listet kein Modell; nennen Sie eines</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server answered without any audio</source>
        <translation>der Server hat ohne Audio geantwortet</translation>
    </message>
</context>
<context>
    <name>c41::diagnostics::CurlTransfer</name>
    <message>
        <source>libcurl is not installed: install libcurl4 (Debian, Ubuntu), libcurl (Fedora, Arch, Homebrew) or curl for Windows, then test again</source>
        <translation>libcurl ist nicht installiert: installieren Sie libcurl4 (Debian, Ubuntu), libcurl (Fedora, Arch, Homebrew) oder curl für Windows und testen Sie dann erneut</translation>
    </message>
    <message>
        <source>libcurl could not be initialised</source>
        <translation>libcurl konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the libcurl found (%1) is too old for the connection doctor: update libcurl</source>
        <translation>die gefundene libcurl (%1) ist zu alt für die Verbindungsdiagnose: aktualisieren Sie libcurl</translation>
    </message>
</context>
<context>
    <name>c41::jobs::GpuMemoryFreer</name>
    <message>
        <source>the server is no longer configured</source>
        <translation>der Server ist nicht mehr konfiguriert</translation>
    </message>
    <message>
        <source>%1: models unloaded and GPU memory freed.</source>
        <translation>%1: Modelle entladen und GPU-Speicher freigegeben.</translation>
    </message>
    <message>
        <source>%1: left alone, job %2 runs there.</source>
        <translation>%1: unverändert, dort läuft Auftrag %2.</translation>
    </message>
    <message>
        <source>%1: left alone, another client&apos;s prompt runs there.</source>
        <translation>%1: unverändert, dort läuft der Prompt eines anderen Clients.</translation>
    </message>
    <message>
        <source>%1: could not free its memory: %2</source>
        <translation>%1: Speicher konnte nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>No ComfyUI server to free.</source>
        <translation>Kein ComfyUI-Server freizugeben.</translation>
    </message>
</context>
<context>
    <name>c41::jobs::LlmJobExecutor</name>
    <message>
        <source>the chat was interrupted by a restart; retry it to ask again</source>
        <translation>der Chat wurde durch einen Neustart unterbrochen; wiederholen Sie ihn, um erneut zu fragen</translation>
    </message>
    <message>
        <source>no LLM server named &quot;%1&quot; is configured</source>
        <translation>kein LLM-Server namens „%1“ konfiguriert</translation>
    </message>
    <message>
        <source>the job names no model</source>
        <translation>der Auftrag nennt kein Modell</translation>
    </message>
    <message>
        <source>an LLM server cannot run %1 jobs</source>
        <translation>ein LLM-Server kann keine %1-Aufträge ausführen</translation>
    </message>
    <message>
        <source>the job has no prompt</source>
        <translation>der Auftrag hat keinen Prompt</translation>
    </message>
    <message>
        <source>the job was released before it was submitted</source>
        <translation>der Auftrag wurde freigegeben, bevor er übermittelt wurde</translation>
    </message>
    <message>
        <source>asking %1 on %2</source>
        <translation>fragt %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>could not write the reply to %1</source>
        <translation>die Antwort konnte nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>loading %1 on %2</source>
        <translation>lädt %1 auf %2</translation>
    </message>
    <message>
        <source>%1 loaded on %2</source>
        <translation>%1 auf %2 geladen</translation>
    </message>
    <message>
        <source>only Ollama can pull models; %1 is not an Ollama server</source>
        <translation>nur Ollama kann Modelle herunterladen; %1 ist kein Ollama-Server</translation>
    </message>
    <message>
        <source>pulling %1 on %2</source>
        <translation>lädt %1 auf %2 herunter</translation>
    </message>
    <message>
        <source>the pull progress is not JSON</source>
        <translation>der Download-Fortschritt ist kein JSON</translation>
    </message>
    <message>
        <source>pulling %1</source>
        <translation>lädt %1 herunter</translation>
    </message>
    <message>
        <source>%1 ended the pull of %2 without saying it succeeded</source>
        <translation>%1 hat den Download von %2 beendet, ohne Erfolg zu melden</translation>
    </message>
    <message>
        <source>%1 pulled on %2</source>
        <translation>%1 auf %2 heruntergeladen</translation>
    </message>
</context>
<context>
    <name>c41::jobs::ServerKeys</name>
    <message>
        <source>the server requires an API key, and no secret store is available</source>
        <translation>der Server verlangt einen API-Schlüssel, und kein Schlüsselspeicher ist verfügbar</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s API key: %1</source>
        <translation>der API-Schlüssel des Servers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the server requires an API key, and none is stored</source>
        <translation>der Server verlangt einen API-Schlüssel, aber keiner ist gespeichert</translation>
    </message>
    <message>
        <source>Store it with: echo &quot;$KEY&quot; | c41ctl secret set %1</source>
        <translation>Speichern Sie ihn mit: echo &quot;$KEY&quot; | c41ctl secret set %1</translation>
    </message>
</context>
<context>
    <name>c41::net::WebSocketChannel</name>
    <message>
        <source>WebSocket connection closed by this app</source>
        <translation>WebSocket-Verbindung von dieser App geschlossen</translation>
    </message>
    <message>
        <source>not a WebSocket URL: &quot;%1&quot;</source>
        <translation>keine WebSocket-URL: „%1“</translation>
    </message>
    <message>
        <source>Use a ws:// or wss:// URL with a host.</source>
        <translation>Verwenden Sie eine ws://- oder wss://-URL mit Host.</translation>
    </message>
    <message>
        <source>no WebSocket connection to %1 within %2 ms</source>
        <translation>keine WebSocket-Verbindung zu %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Check that the host is up and reachable from this computer.</source>
        <translation>Prüfen Sie, ob der Host läuft und von diesem Computer erreichbar ist.</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 refused (%2)</source>
        <translation>WebSocket-Verbindung zu %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Is the server running, listening on that port, and is the path right?</source>
        <translation>Läuft der Server, lauscht er auf diesem Port, und stimmt der Pfad?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>Host von %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Check the host name in the server&apos;s URL.</source>
        <translation>Prüfen Sie den Hostnamen in der URL des Servers.</translation>
    </message>
    <message>
        <source>TLS failure opening %1 (%2)</source>
        <translation>TLS-Fehler beim Öffnen von %1 (%2)</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, or use ws:// on a trusted LAN.</source>
        <translation>Prüfen Sie das Zertifikat des Servers oder verwenden Sie ws:// in einem vertrauenswürdigen lokalen Netz.</translation>
    </message>
    <message>
        <source>could not open WebSocket %1 (%2)</source>
        <translation>WebSocket %1 konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>a WebSocket message exceeded %1</source>
        <translation>eine WebSocket-Nachricht überschritt %1</translation>
    </message>
    <message>
        <source>The server sent more in one message than this app accepts.</source>
        <translation>Der Server hat in einer Nachricht mehr gesendet, als diese App annimmt.</translation>
    </message>
    <message>
        <source>WebSocket connection lost (%1)</source>
        <translation>WebSocket-Verbindung verloren (%1)</translation>
    </message>
    <message>
        <source>WebSocket closed by the server (code %1%2)</source>
        <translation>WebSocket vom Server geschlossen (Code %1%2)</translation>
    </message>
</context>
<context>
    <name>c41::studio::ChatSession</name>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>a reply is still streaming</source>
        <translation>eine Antwort wird noch übertragen</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>keine Unterhaltung %1</translation>
    </message>
</context>
<context>
    <name>c41::studio::CreateCatalog</name>
    <message>
        <source>not a ComfyUI server of this studio</source>
        <translation>kein ComfyUI-Server dieses Studios</translation>
    </message>
    <message>
        <source>its voice list</source>
        <translation>seine Stimmenliste</translation>
    </message>
    <message>
        <source>its voice list has no &quot;voices&quot;</source>
        <translation>seine Stimmenliste hat kein &quot;voices&quot;</translation>
    </message>
    <message>
        <source>its voice list is not a list</source>
        <translation>seine Stimmenliste ist keine Liste</translation>
    </message>
</context>
<context>
    <name>c41::studio::ModelCatalog</name>
    <message>
        <source>not an LLM server of this studio</source>
        <translation>kein LLM-Server dieses Studios</translation>
    </message>
    <message>
        <source>%1 is already busy</source>
        <translation>%1 ist bereits beschäftigt</translation>
    </message>
</context>
<context>
    <name>c41::ui::AboutDialog</name>
    <message>
        <source>About C41 Control Center</source>
        <translation>Über C41 Control Center</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Development build</source>
        <translation>Entwicklungsversion</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>One window for every AI box in the studio: the servers, their GPUs and models, chat, image, video and speech jobs.</source>
        <translation>Ein Fenster für jeden KI-Rechner im Studio: die Server, ihre GPUs und Modelle, Chat, Bild-, Video- und Sprachaufträge.</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; for details.</source>
        <translation>Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Einzelheiten finden Sie in der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Problem melden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>c41::ui::AlertsForm</name>
    <message>
        <source>When a box goes &amp;offline</source>
        <translation>Wenn ein Rechner &amp;offline geht</translation>
    </message>
    <message>
        <source>When a GPU &amp;throttles (power cap, heat or hardware slowdown, a few readings in a row)</source>
        <translation>Wenn eine GPU &amp;drosselt (Leistungsgrenze, Hitze oder Hardware-Bremse, mehrere Messungen hintereinander)</translation>
    </message>
    <message>
        <source>Raise an alert</source>
        <translation>Warnung auslösen</translation>
    </message>
    <message>
        <source>GPU temperature alert level</source>
        <translation>Warnschwelle für die GPU-Temperatur</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>GPU &amp;temperature at or above:</source>
        <translation>GPU-&amp;Temperatur ab:</translation>
    </message>
    <message>
        <source>Memory full alert level</source>
        <translation>Warnschwelle für vollen Speicher</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPU or unified &amp;memory filled to:</source>
        <translation>GPU- oder gemeinsamer &amp;Speicher gefüllt zu:</translation>
    </message>
    <message>
        <source>Alerts come as desktop notifications (in the status bar where there is no tray). Each clears 5 °C or 5 points below where it is raised, so a reading that wobbles around the level tells you once.</source>
        <translation>Warnungen kommen als Desktop-Benachrichtigungen (in der Statusleiste, wo es keinen Infobereich gibt). Jede erlischt erst 5 °C bzw. 5 Punkte unter ihrer Auslöseschwelle, sodass ein Messwert, der um die Schwelle schwankt, nur einmal meldet.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ApiKeysForm</name>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>X-API-Key header</source>
        <translation>X-API-Key-Header</translation>
    </message>
    <message>
        <source>no key sent</source>
        <translation>kein Schlüssel gesendet</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the config file, and are not shown again once stored. Whether a server sends its key, and how, is set with the server under Boxes and servers.</source>
        <translation>Schlüssel liegen im Schlüsselbund des Systems, nie in der Konfigurationsdatei, und werden nach dem Speichern nicht mehr angezeigt. Ob und wie ein Server seinen Schlüssel sendet, wird beim Server unter Rechner und Server festgelegt.</translation>
    </message>
    <message>
        <source>Servers and their API keys</source>
        <translation>Server und ihre API-Schlüssel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sends its key as</source>
        <translation>Sendet seinen Schlüssel als</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Den Schlüssel beim Tippen zeigen</translation>
    </message>
    <message>
        <source>Store the API key in the keychain</source>
        <translation>Den API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remove the API key from the keychain</source>
        <translation>Den API-Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>API key result</source>
        <translation>Ergebnis für den API-Schlüssel</translation>
    </message>
    <message>
        <source>No keychain is available here: keys cannot be stored.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: Schlüssel können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Select a server to set its key</source>
        <translation>Wählen Sie einen Server, um seinen Schlüssel festzulegen</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>Fehler im Schlüsselbund</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Storing the key for %1…</source>
        <translation>Schlüssel für %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the keychain.</source>
        <translation>Der Schlüssel für %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key for %1 is stored, but the server sends no key: choose how it sends it under Boxes and servers.</source>
        <translation>Der Schlüssel für %1 ist gespeichert, aber der Server sendet keinen Schlüssel: wählen Sie unter Rechner und Server, wie er ihn senden soll.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>The key for %1 is removed.</source>
        <translation>Der Schlüssel für %1 ist entfernt.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
</context>
<context>
    <name>c41::ui::BoxCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Rechner %1</translation>
    </message>
    <message>
        <source>Box state</source>
        <translation>Zustand des Rechners</translation>
    </message>
    <message>
        <source>Why the box is greyed</source>
        <translation>Warum der Rechner ausgegraut ist</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Warten auf die ersten Messwerte…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Geladene Modelle</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>No telemetry source on this box. Add an exporter, macmon or ComfyUI server to the box in the config to see its GPUs.</source>
        <translation>Keine Telemetriequelle auf diesem Rechner. Fügen Sie dem Rechner in der Konfiguration einen Exporter, macmon oder einen ComfyUI-Server hinzu, um seine GPUs zu sehen.</translation>
    </message>
    <message>
        <source>No telemetry</source>
        <translation>Keine Telemetrie</translation>
    </message>
    <message>
        <source>The box&apos;s sources report no GPU.</source>
        <translation>Die Quellen des Rechners melden keine GPU.</translation>
    </message>
    <message>
        <source>CPU %1%</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>RAM %1 / %2 GiB</source>
        <translation>RAM %1 / %2 GiB</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <source>no telemetry source configured</source>
        <translation>keine Telemetriequelle konfiguriert</translation>
    </message>
    <message>
        <source>No figures: the box&apos;s telemetry sources do not answer.</source>
        <translation>Keine Messwerte: die Telemetriequellen des Rechners antworten nicht.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No fresh figures since %1.</source>
        <translation>Keine neuen Messwerte seit %1.</translation>
    </message>
    <message>
        <source>No fresh figures.</source>
        <translation>Keine neuen Messwerte.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not answering as expected</source>
        <translation>antwortet nicht wie erwartet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Round trip to %1</source>
        <translation>Antwortzeit von %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatMessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Statistik der Antwort</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Gedankengang zeigen</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Reply error</source>
        <translation>Fehler in der Antwort</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1 s nachgedacht</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The model gave an empty answer.</source>
        <translation>Das Modell hat eine leere Antwort gegeben.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatPage</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search chats…</source>
        <translation>Chats durchsuchen…</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>History is off</source>
        <translation>Verlauf ist aus</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Ask anything… (Ctrl+Enter sends)</source>
        <translation>Stellen Sie eine beliebige Frage… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Ask again for the last answer (Ctrl+R)</source>
        <translation>Die letzte Antwort neu anfordern (Strg+R)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>Chat-Status</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1  (in memory)</source>
        <translation>%1  (im Speicher)</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>No LLM server yet.
Add an Ollama or OpenAI-compatible server in Settings to chat with its models.</source>
        <translation>Noch kein LLM-Server.
Fügen Sie in den Einstellungen einen Ollama- oder OpenAI-kompatiblen Server hinzu, um mit seinen Modellen zu chatten.</translation>
    </message>
    <message>
        <source>No LLM server configured.</source>
        <translation>Kein LLM-Server konfiguriert.</translation>
    </message>
    <message>
        <source>Pick a model above and type below to start a conversation.
Ctrl+Enter sends, Esc stops the answer.</source>
        <translation>Wählen Sie oben ein Modell und schreiben Sie unten, um eine Unterhaltung zu beginnen.
Strg+Eingabe sendet, Esc hält die Antwort an.</translation>
    </message>
    <message>
        <source>Answering… Esc stops.</source>
        <translation>Antwortet… Esc hält an.</translation>
    </message>
    <message>
        <source>Waiting for the model list of %1…</source>
        <translation>Warten auf die Modellliste von %1…</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatTranscript</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>waiting for the first token…</source>
        <translation>warten auf das erste Token…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>c41::ui::CodeBlockView</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>c41::ui::ConnectionDoctorDialog</name>
    <message>
        <source>Test connection: %1</source>
        <translation>Verbindung testen: %1</translation>
    </message>
    <message>
        <source>Connection doctor</source>
        <translation>Verbindungsdiagnose</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Die Prüfung erneut ausführen</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The connection doctor is not available.</source>
        <translation>Die Verbindungsdiagnose ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Healthy: every endpoint answers as it should.</source>
        <translation>In Ordnung: jeder Endpunkt antwortet wie erwartet.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Works, but: %1</source>
        <translation>Funktioniert, aber: %1</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>HTTP %1 · total %2</source>
        <translation>HTTP %1 · gesamt %2</translation>
    </message>
    <message>
        <source>no HTTP answer · %1</source>
        <translation>keine HTTP-Antwort · %1</translation>
    </message>
    <message>
        <source>Phases of %1</source>
        <translation>Phasen von %1</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>c41::ui::CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Refresh server data</source>
        <translation>Serverdaten aktualisieren</translation>
    </message>
    <message>
        <source>Ask the ComfyUI and speech servers again for their nodes, models and voices (F5)</source>
        <translation>ComfyUI- und Sprachserver erneut nach Knoten, Modellen und Stimmen fragen (F5)</translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation>Workflow &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a ComfyUI workflow saved with Export (API)</source>
        <translation>Einen mit Export (API) gespeicherten ComfyUI-Workflow öffnen</translation>
    </message>
    <message>
        <source>Import a workflow file</source>
        <translation>Eine Workflow-Datei importieren</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Beschreibung der Vorlage</translation>
    </message>
    <message>
        <source>Where to run it</source>
        <translation>Wo er laufen soll</translation>
    </message>
    <message>
        <source>&amp;Run on</source>
        <translation>&amp;Ausführen auf</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>Art des Auftrags</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Lip-sync</source>
        <translation>Lippensynchronisation</translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation>Video zu Audio</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Server check</source>
        <translation>Serverprüfung</translation>
    </message>
    <message>
        <source>Nothing to create yet</source>
        <translation>Noch nichts zu erstellen</translation>
    </message>
    <message>
        <source>Problems with the workflow</source>
        <translation>Probleme mit dem Workflow</translation>
    </message>
    <message>
        <source>Why Submit is off</source>
        <translation>Warum Absenden deaktiviert ist</translation>
    </message>
    <message>
        <source>Submit result</source>
        <translation>Ergebnis des Absendens</translation>
    </message>
    <message>
        <source>Open in &amp;Jobs</source>
        <translation>In Aufträ&amp;gen öffnen</translation>
    </message>
    <message>
        <source>Open the queued job on the Jobs page</source>
        <translation>Den eingereihten Auftrag auf der Seite Aufträge öffnen</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>A&amp;bsenden</translation>
    </message>
    <message>
        <source>Submit the job</source>
        <translation>Den Auftrag absenden</translation>
    </message>
    <message>
        <source>Queue the job (Ctrl+Enter)</source>
        <translation>Den Auftrag einreihen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Text zu Sprache</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>Import a ComfyUI workflow</source>
        <translation>Einen ComfyUI-Workflow importieren</translation>
    </message>
    <message>
        <source>ComfyUI API workflows (*.json)</source>
        <translation>ComfyUI-API-Workflows (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Any server that can run it</source>
        <translation>Jeder Server, der ihn ausführen kann</translation>
    </message>
    <message>
        <source>Box %1 (any of its servers)</source>
        <translation>Rechner %1 (jeder seiner Server)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Settings&lt;/b&gt; and add a server to a box: ComfyUI as &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, a speech server (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) as &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie die &lt;b&gt;Einstellungen&lt;/b&gt; und fügen Sie einem Rechner einen Server hinzu: ComfyUI als &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, einen Sprachserver (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) als &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a ComfyUI or speech server in Settings first.</source>
        <translation>Fügen Sie zuerst in den Einstellungen einen ComfyUI- oder Sprachserver hinzu.</translation>
    </message>
    <message>
        <source>A voice of a speech server reads your text; the take is saved with the job and can be the voice of a lip-sync.</source>
        <translation>Eine Stimme eines Sprachservers liest Ihren Text; die Aufnahme wird mit dem Auftrag gespeichert und kann die Stimme einer Lippensynchronisation sein.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No speech server yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch kein Sprachserver&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a speech server in Settings first.</source>
        <translation>Fügen Sie zuerst in den Einstellungen einen Sprachserver hinzu.</translation>
    </message>
    <message>
        <source>Asking %1 for its voices…</source>
        <translation>%1 wird nach seinen Stimmen gefragt…</translation>
    </message>
    <message>
        <source>%1 does not list its voices: these are OpenAI&apos;s names. Type the name your server uses if it is not among them.</source>
        <translation>%1 listet seine Stimmen nicht auf: dies sind die Namen von OpenAI. Geben Sie den Namen ein, den Ihr Server verwendet, falls er nicht dabei ist.</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pick a template on the left&lt;/h2&gt;&lt;p&gt;or import a workflow saved from ComfyUI with &lt;b&gt;Export (API)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wählen Sie links eine Vorlage&lt;/h2&gt;&lt;p&gt;oder importieren Sie einen Workflow, den Sie in ComfyUI mit &lt;b&gt;Export (API)&lt;/b&gt; gespeichert haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pick a template first.</source>
        <translation>Wählen Sie zuerst eine Vorlage.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No ComfyUI server yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch kein ComfyUI-Server&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a ComfyUI server in Settings first.</source>
        <translation>Fügen Sie zuerst in den Einstellungen einen ComfyUI-Server hinzu.</translation>
    </message>
    <message>
        <source>No ComfyUI server runs on %1.</source>
        <translation>Auf %1 läuft kein ComfyUI-Server.</translation>
    </message>
    <message>
        <source>Drop or choose a file.</source>
        <translation>Legen Sie eine Datei ab oder wählen Sie eine.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Schreiben Sie einen Prompt.</translation>
    </message>
    <message>
        <source>%1 has no file %2: drop or choose one.</source>
        <translation>%1 hat keine Datei %2: legen Sie eine ab oder wählen Sie eine.</translation>
    </message>
    <message>
        <source>Checked against %1.</source>
        <translation>Mit %1 geprüft.</translation>
    </message>
    <message>
        <source>Asking %1 for its nodes and models…</source>
        <translation>%1 wird nach seinen Knoten und Modellen gefragt…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n marked field(s) first.</source>
        <translation>
            <numerusform>Korrigieren Sie zuerst das markierte Feld.</numerusform>
            <numerusform>Korrigieren Sie zuerst die %n markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would refuse this workflow (see above).</source>
        <translation>%1 würde diesen Workflow ablehnen (siehe oben).</translation>
    </message>
    <message>
        <source>The job queue is off (no job database), so nothing can be queued.</source>
        <translation>Die Auftragswarteschlange ist aus (keine Auftragsdatenbank), daher kann nichts eingereiht werden.</translation>
    </message>
    <message>
        <source>%1 must answer before the input files can go to it.</source>
        <translation>%1 muss antworten, bevor die Eingabedateien dorthin gehen können.</translation>
    </message>
    <message>
        <source>Checked against %1; the input files go there and so does the job.</source>
        <translation>Mit %1 geprüft; die Eingabedateien gehen dorthin, ebenso der Auftrag.</translation>
    </message>
    <message>
        <source>No speech server runs on %1.</source>
        <translation>Auf %1 läuft kein Sprachserver.</translation>
    </message>
    <message>
        <source>Write what the voice should say.</source>
        <translation>Schreiben Sie, was die Stimme sagen soll.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>Pick or type a voice.</source>
        <translation>Wählen Sie eine Stimme oder geben Sie eine ein.</translation>
    </message>
    <message>
        <source>%1 has no voice &quot;%2&quot;.</source>
        <translation>%1 hat keine Stimme „%2“.</translation>
    </message>
    <message>
        <source>Job #%1 is queued…</source>
        <translation>Auftrag #%1 wird eingereiht…</translation>
    </message>
    <message>
        <source>Queued as job #%1.</source>
        <translation>Als Auftrag #%1 eingereiht.</translation>
    </message>
    <message>
        <source>This kind of workflow cannot be queued.</source>
        <translation>Diese Art von Workflow kann nicht eingereiht werden.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>%1 wird auf %2 hochgeladen…</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>The job queue is off.</source>
        <translation>Die Auftragswarteschlange ist aus.</translation>
    </message>
    <message>
        <source>Job #%1 on %2: %3</source>
        <translation>Auftrag #%1 auf %2: %3</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>spricht…</translation>
    </message>
    <message>
        <source>Job #%1 %2: %3</source>
        <translation>Auftrag #%1 %2: %3</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>kein Audio</translation>
    </message>
    <message>
        <source>TTS take</source>
        <translation>TTS-Aufnahme</translation>
    </message>
    <message>
        <source>Use the audio of a text-to-speech job, or make a new one</source>
        <translation>Den Ton eines Text-zu-Sprache-Auftrags verwenden oder einen neuen erstellen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No ComfyUI or speech server yet&lt;/h2&gt;&lt;p&gt;Open &lt;b&gt;Settings&lt;/b&gt; and add a server to a box: ComfyUI as &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, a speech server (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) as &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Templates for images, videos, lip-sync and video to audio, and text to speech, appear here once one is configured.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein ComfyUI- oder Sprachserver&lt;/h2&gt;&lt;p&gt;Öffnen Sie die &lt;b&gt;Einstellungen&lt;/b&gt; und fügen Sie einem Rechner einen Server hinzu: ComfyUI als &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, einen Sprachserver (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) als &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Vorlagen für Bilder, Videos, Lippensynchronisation und Video zu Audio sowie Text zu Sprache erscheinen hier, sobald einer konfiguriert ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No ComfyUI or speech server configured</source>
        <translation>Kein ComfyUI- oder Sprachserver konfiguriert</translation>
    </message>
    <message>
        <source>Only %1 of these servers has the nodes it needs; the job goes there.</source>
        <translation>Nur %1 unter diesen Servern hat die nötigen Knoten; der Auftrag geht dorthin.</translation>
    </message>
</context>
<context>
    <name>c41::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>No boxes to show yet.

Describe your boxes and their servers in the config file (see Settings), or start the app with --demo to see a studio at work.</source>
        <translation>Noch keine Rechner anzuzeigen.

Beschreiben Sie Ihre Rechner und deren Server in der Konfigurationsdatei (siehe Einstellungen) oder starten Sie die App mit --demo, um ein Studio bei der Arbeit zu sehen.</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 Rechner</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>%1 Rechner</translation>
    </message>
</context>
<context>
    <name>c41::ui::DevicePanel</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>GPU-Auslastung</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, von %3)</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>throttled: %1</source>
        <translation>gedrosselt: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>%1 / %2 GiB</source>
        <translation>%1 / %2 GiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>total unknown</source>
        <translation>Gesamtgröße unbekannt</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>of %1 W</source>
        <translation>von %1 W</translation>
    </message>
    <message>
        <source>no limit known</source>
        <translation>Limit unbekannt</translation>
    </message>
</context>
<context>
    <name>c41::ui::GalleryModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 · job %5</source>
        <translation>%1
%2 · %3 · %4 · Auftrag %5</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no job database.</source>
        <translation>Es gibt keine Auftragsdatenbank.</translation>
    </message>
</context>
<context>
    <name>c41::ui::GalleryPage</name>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy parameters</source>
        <translation>Parameter &amp;kopieren</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Filter by server</source>
        <translation>Nach Server filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Search prompts and parameters…</source>
        <translation>Prompts und Parameter durchsuchen…</translation>
    </message>
    <message>
        <source>Search outputs</source>
        <translation>Ausgaben durchsuchen</translation>
    </message>
    <message>
        <source>Open the selected output</source>
        <translation>Die ausgewählte Ausgabe öffnen</translation>
    </message>
    <message>
        <source>Open the file in its application (double-click, Return)</source>
        <translation>Die Datei in ihrer Anwendung öffnen (Doppelklick, Eingabetaste)</translation>
    </message>
    <message>
        <source>Reveal the selected output&apos;s folder</source>
        <translation>Den Ordner der ausgewählten Ausgabe zeigen</translation>
    </message>
    <message>
        <source>Open the folder holding the file</source>
        <translation>Den Ordner mit der Datei öffnen</translation>
    </message>
    <message>
        <source>Copy the job&apos;s parameters</source>
        <translation>Die Parameter des Auftrags kopieren</translation>
    </message>
    <message>
        <source>Copy the parameters of the job that made it, as JSON (Ctrl+Shift+C)</source>
        <translation>Die Parameter des erzeugenden Auftrags als JSON kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Run the job again</source>
        <translation>Den Auftrag erneut ausführen</translation>
    </message>
    <message>
        <source>Queue a new job with the same parameters (Ctrl+R)</source>
        <translation>Einen neuen Auftrag mit denselben Parametern einreihen (Strg+R)</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Gallery summary</source>
        <translation>Übersicht der Galerie</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>Parameter kopieren</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>No outputs match these filters.</source>
        <translation>Keine Ausgaben passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Die Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing made yet&lt;/h2&gt;&lt;p&gt;Create an image on the Create page (or queue one with &lt;code&gt;c41ctl jobs add&lt;/code&gt;): every picture, video and sound the studio makes lands here, with the prompt and settings that made it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch nichts erstellt&lt;/h2&gt;&lt;p&gt;Erstellen Sie ein Bild auf der Seite Erstellen (oder reihen Sie eines mit &lt;code&gt;c41ctl jobs add&lt;/code&gt; ein): Jedes Bild, Video und jeder Ton, den das Studio erzeugt, landet hier, mit dem Prompt und den Einstellungen, die es erzeugt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing made yet</source>
        <translation>Noch nichts erstellt</translation>
    </message>
    <message>
        <source>Go to &amp;Create</source>
        <translation>Zu &amp;Erstellen wechseln</translation>
    </message>
    <message>
        <source>Go to the Create page</source>
        <translation>Zur Seite Erstellen wechseln</translation>
    </message>
    <message>
        <source>Reading the job history…</source>
        <translation>Auftragsverlauf wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n output(s)</source>
        <translation>
            <numerusform>%1 von %n Ausgabe</numerusform>
            <numerusform>%1 von %n Ausgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 runs again as job %2: see the Jobs page.</source>
        <translation>Auftrag %1 läuft erneut als Auftrag %2: siehe Seite Aufträge.</translation>
    </message>
    <message>
        <source>Job %1 could not run again: %2</source>
        <translation>Auftrag %1 konnte nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The parameters of job %1 are on the clipboard.</source>
        <translation>Die Parameter von Auftrag %1 sind in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Queueing job %1 again…</source>
        <translation>Auftrag %1 wird erneut eingereiht…</translation>
    </message>
</context>
<context>
    <name>c41::ui::HistoryChart</name>
    <message>
        <source>Collecting history…</source>
        <translation>Verlauf wird gesammelt…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Die letzte Stunde zeigen</translation>
    </message>
    <message>
        <source>Show the last %1 minutes</source>
        <translation>Die letzten %1 Minuten zeigen</translation>
    </message>
    <message>
        <source>Utilisation and memory history</source>
        <translation>Verlauf von Auslastung und Speicher</translation>
    </message>
    <message>
        <source>%1 utilisation</source>
        <translation>Auslastung %1</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>c41::ui::HostDetectPanel</name>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Ausgewählte hinzufügen</translation>
    </message>
    <message>
        <source>Add to &amp;box:</source>
        <translation>Zu &amp;Rechner hinzufügen:</translation>
    </message>
    <message>
        <source>Add servers on a host</source>
        <translation>Server auf einem Host hinzufügen</translation>
    </message>
    <message>
        <source>Give a box&apos;s host name: its standard ports are tried (Ollama, llama.cpp, ComfyUI, exporters, macmon…). Add :PORT for a server on another port.</source>
        <translation>Geben Sie den Hostnamen eines Rechners an: seine Standardports werden ausprobiert (Ollama, llama.cpp, ComfyUI, Exporter, macmon…). Ergänzen Sie :PORT für einen Server auf einem anderen Port.</translation>
    </message>
    <message>
        <source>Host name to detect servers on</source>
        <translation>Hostname, auf dem Server erkannt werden sollen</translation>
    </message>
    <message>
        <source>e.g. mac-studio.local or 192.168.1.20:8188</source>
        <translation>z. B. mac-studio.local oder 192.168.1.20:8188</translation>
    </message>
    <message>
        <source>Detect servers on the host</source>
        <translation>Server auf dem Host erkennen</translation>
    </message>
    <message>
        <source>Detecting servers</source>
        <translation>Server werden erkannt</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Ergebnis der Erkennung</translation>
    </message>
    <message>
        <source>Servers found on the host</source>
        <translation>Auf dem Host gefundene Server</translation>
    </message>
    <message>
        <source>Box to add the found servers to (type a new name for a new box)</source>
        <translation>Rechner, dem die gefundenen Server hinzugefügt werden (für einen neuen Rechner einen neuen Namen eingeben)</translation>
    </message>
    <message>
        <source>Add the ticked servers to the box</source>
        <translation>Die angehakten Server dem Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Trying the ports on %1…</source>
        <translation>Ports auf %1 werden ausprobiert…</translation>
    </message>
    <message>
        <source>Nothing answered on %1. Is the box on, and are its servers listening on the network (not only on localhost)?</source>
        <translation>Auf %1 hat nichts geantwortet. Ist der Rechner an, und lauschen seine Server im Netzwerk (nicht nur auf localhost)?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on %1. Untick any you do not want.</source>
        <translation>
            <numerusform>%n Server auf %1 gefunden. Entfernen Sie den Haken, wenn Sie ihn nicht möchten.</numerusform>
            <numerusform>%n Server auf %1 gefunden. Entfernen Sie den Haken bei denen, die Sie nicht möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Give a host name or address, optionally with :PORT.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse an, optional mit :PORT.</translation>
    </message>
</context>
<context>
    <name>c41::ui::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>Nr. %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>The next job to run</source>
        <translation>Der nächste auszuführende Auftrag</translation>
    </message>
</context>
<context>
    <name>c41::ui::JobsPage</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 Felder}</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <source>Re&amp;veal output</source>
        <translation>Ausgabe &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Pause queue</source>
        <translation>Warteschlange &amp;pausieren</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Pending or running</source>
        <translation>Ausstehend oder laufend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed or lost</source>
        <translation>Fehlgeschlagen oder verloren</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>Prompts durchsuchen…</translation>
    </message>
    <message>
        <source>Search job prompts</source>
        <translation>Prompts der Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Pause or resume the queue</source>
        <translation>Warteschlange pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Queued jobs wait while the queue is paused; running jobs finish</source>
        <translation>Wartende Aufträge warten, solange die Warteschlange pausiert ist; laufende Aufträge laufen zu Ende</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Den ausgewählten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>A queued job is cancelled; a running one is interrupted</source>
        <translation>Ein wartender Auftrag wird abgebrochen, ein laufender unterbrochen</translation>
    </message>
    <message>
        <source>Retry the selected job</source>
        <translation>Den ausgewählten Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Queue a failed, lost or cancelled job again</source>
        <translation>Einen fehlgeschlagenen, verlorenen oder abgebrochenen Auftrag erneut einreihen</translation>
    </message>
    <message>
        <source>Run the selected job again</source>
        <translation>Den ausgewählten Auftrag erneut ausführen</translation>
    </message>
    <message>
        <source>Queue a new job with the same parameters</source>
        <translation>Einen neuen Auftrag mit denselben Parametern einreihen</translation>
    </message>
    <message>
        <source>Reveal the selected job&apos;s output folder</source>
        <translation>Den Ausgabeordner des ausgewählten Auftrags zeigen</translation>
    </message>
    <message>
        <source>Open the folder holding the job&apos;s outputs</source>
        <translation>Den Ordner mit den Ausgaben des Auftrags öffnen</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Jobs summary</source>
        <translation>Übersicht der Aufträge</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Auftrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Ausgewählter Auftrag</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Zustand des Auftrags</translation>
    </message>
    <message>
        <source>Job server</source>
        <translation>Server des Auftrags</translation>
    </message>
    <message>
        <source>Job times</source>
        <translation>Zeiten des Auftrags</translation>
    </message>
    <message>
        <source>Job parameters</source>
        <translation>Parameter des Auftrags</translation>
    </message>
    <message>
        <source>Job error</source>
        <translation>Fehler des Auftrags</translation>
    </message>
    <message>
        <source>Job outputs</source>
        <translation>Ausgaben des Auftrags</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Doppelklicken Sie auf eine Datei, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Reveal the output folder</source>
        <translation>Den Ausgabeordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder holding these files</source>
        <translation>Den Ordner mit diesen Dateien öffnen</translation>
    </message>
    <message>
        <source>Job preview</source>
        <translation>Vorschau des Auftrags</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source> — %1%</source>
        <translation> — %1 %</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source> — the queue is paused</source>
        <translation> — die Warteschlange ist pausiert</translation>
    </message>
    <message>
        <source> — waiting for a server</source>
        <translation> — wartet auf einen Server</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source>Target: %1 (no server chosen yet)</source>
        <translation>Ziel: %1 (noch kein Server gewählt)</translation>
    </message>
    <message>
        <source>Server: %1 (target: %2)</source>
        <translation>Server: %1 (Ziel: %2)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation>Warteschlange &amp;fortsetzen</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 Auftrag</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 Aufträge</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>queue paused</source>
        <translation>Warteschlange pausiert</translation>
    </message>
    <message>
        <source>%1 match the filter</source>
        <translation>%1 passen zum Filter</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>Auftrag %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1 is being interrupted on its server…</source>
        <translation>Auftrag %1 wird auf seinem Server unterbrochen…</translation>
    </message>
    <message>
        <source>Job %1 runs again as job %2.</source>
        <translation>Auftrag %1 läuft erneut als Auftrag %2.</translation>
    </message>
    <message>
        <source>Job %1 is retried as job %2.</source>
        <translation>Auftrag %1 wird als Auftrag %2 wiederholt.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The queue runs again.</source>
        <translation>Die Warteschlange läuft wieder.</translation>
    </message>
    <message>
        <source>The queue is paused: queued jobs wait; running jobs finish.</source>
        <translation>Die Warteschlange ist pausiert: wartende Aufträge warten, laufende laufen zu Ende.</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Ganz nach ob&amp;en</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Ganz nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Free GPU memory</source>
        <translation>GPU-Speicher f&amp;reigeben</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Ganz oben</translation>
    </message>
    <message>
        <source>Run the selected queued job before all others</source>
        <translation>Den ausgewählten wartenden Auftrag vor allen anderen ausführen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run the selected queued job one place sooner</source>
        <translation>Den ausgewählten wartenden Auftrag einen Platz früher ausführen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run the selected queued job one place later</source>
        <translation>Den ausgewählten wartenden Auftrag einen Platz später ausführen</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Ganz unten</translation>
    </message>
    <message>
        <source>Run the selected queued job after all others</source>
        <translation>Den ausgewählten wartenden Auftrag nach allen anderen ausführen</translation>
    </message>
    <message>
        <source>Queue order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Free GPU memory on idle ComfyUI servers</source>
        <translation>GPU-Speicher auf untätigen ComfyUI-Servern freigeben</translation>
    </message>
    <message>
        <source>While the queue is paused: unload the models of every ComfyUI server that runs no job, so other work can use its GPU</source>
        <translation>Während die Warteschlange pausiert ist: die Modelle jedes ComfyUI-Servers entladen, auf dem kein Auftrag läuft, damit andere Arbeit seine GPU nutzen kann</translation>
    </message>
    <message>
        <source>Job %1 runs next.</source>
        <translation>Auftrag %1 läuft als Nächstes.</translation>
    </message>
    <message>
        <source>Job %1 is now number %2 in the queue.</source>
        <translation>Auftrag %1 ist jetzt Nummer %2 in der Warteschlange.</translation>
    </message>
    <message>
        <source>Freeing GPU memory…</source>
        <translation>GPU-Speicher wird freigegeben…</translation>
    </message>
    <message numerus="yes">
        <source>Freeing the GPU memory of %n ComfyUI server(s)…</source>
        <translation>
            <numerusform>GPU-Speicher von %n ComfyUI-Server wird freigegeben…</numerusform>
            <numerusform>GPU-Speicher von %n ComfyUI-Servern wird freigegeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No jobs yet&lt;/h2&gt;&lt;p&gt;Make an image, a video, a lip-sync or speech on the Create page (or queue one with &lt;code&gt;c41ctl jobs add&lt;/code&gt;): jobs appear here, run on the studio&apos;s servers, and keep their outputs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Aufträge&lt;/h2&gt;&lt;p&gt;Erstellen Sie ein Bild, ein Video, eine Lippensynchronisation oder Sprache auf der Seite Erstellen (oder reihen Sie einen Auftrag mit &lt;code&gt;c41ctl jobs add&lt;/code&gt; ein): Aufträge erscheinen hier, laufen auf den Servern des Studios und behalten ihre Ausgaben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>c41::ui::LlmModelsModel</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Unloading…</source>
        <translation>Wird entladen…</translation>
    </message>
    <message>
        <source>Pinning…</source>
        <translation>Wird fixiert…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
    <message>
        <source>100% GPU</source>
        <translation>100 % GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>%1% GPU</source>
        <translation>%1 % GPU</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <source>unloads in %1 s</source>
        <translation>wird in %1 s entladen</translation>
    </message>
    <message>
        <source>unloads in %1 min</source>
        <translation>wird in %1 min entladen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Family · params</source>
        <translation>Familie · Parameter</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>c41::ui::LoadedModelsList</name>
    <message>
        <source>No model is loaded on this box.</source>
        <translation>Auf diesem Rechner ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Geladene Modelle</translation>
    </message>
    <message>
        <source>Unload result</source>
        <translation>Ergebnis des Entladens</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Entladen</translation>
    </message>
    <message>
        <source>Unload %1 from %2</source>
        <translation>%1 von %2 entladen</translation>
    </message>
    <message>
        <source>Free the memory %1 holds on %2</source>
        <translation>Den Speicher freigeben, den %1 auf %2 belegt</translation>
    </message>
    <message>
        <source>Unloading…</source>
        <translation>Wird entladen…</translation>
    </message>
    <message>
        <source>Unloading %1 from %2…</source>
        <translation>%1 wird von %2 entladen…</translation>
    </message>
    <message>
        <source>Unloaded %1 from %2.</source>
        <translation>%1 von %2 entladen.</translation>
    </message>
    <message>
        <source>Could not unload %1 from %2: %3</source>
        <translation>%1 konnte nicht von %2 entladen werden: %3</translation>
    </message>
</context>
<context>
    <name>c41::ui::LoadedModelsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <source>no idle timer</source>
        <translation>kein Leerlauf-Timer</translation>
    </message>
    <message>
        <source>unloading now</source>
        <translation>wird gerade entladen</translation>
    </message>
    <message>
        <source>unloads in %1 s</source>
        <translation>wird in %1 s entladen</translation>
    </message>
    <message>
        <source>unloads in %1 min</source>
        <translation>wird in %1 min entladen</translation>
    </message>
    <message>
        <source>unloads in %1 h %2 min</source>
        <translation>wird in %1 h %2 min entladen</translation>
    </message>
    <message>
        <source>unloads in %1 days</source>
        <translation>wird in %1 Tagen entladen</translation>
    </message>
    <message>
        <source>%1 (%2% on GPU)</source>
        <translation>%1 (%2 % auf der GPU)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Unloads</source>
        <translation>Entladen</translation>
    </message>
</context>
<context>
    <name>c41::ui::MainWindow</name>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Studio source</source>
        <translation>Quelle des Studios</translation>
    </message>
    <message>
        <source>Servers up</source>
        <translation>Aktive Server</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No servers configured yet</source>
        <translation>Noch keine Server konfiguriert</translation>
    </message>
    <message>
        <source>All %1 servers are up</source>
        <translation>Alle %1 Server sind aktiv</translation>
    </message>
    <message>
        <source>%1 of %2 servers are up</source>
        <translation>%1 von %2 Servern sind aktiv</translation>
    </message>
</context>
<context>
    <name>c41::ui::MediaDropZone</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>%1 input: drop a file or browse</source>
        <translation>%1-Eingabe: Datei ablegen oder durchsuchen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Nach der %1-Datei suchen</translation>
    </message>
    <message>
        <source>Choose a file on this computer; it is uploaded when you submit</source>
        <translation>Wählen Sie eine Datei auf diesem Computer; sie wird beim Absenden hochgeladen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the %1 file</source>
        <translation>Die %1-Datei entfernen</translation>
    </message>
    <message>
        <source>Forget the chosen file</source>
        <translation>Die gewählte Datei vergessen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1 is not a file of this kind (%2).</source>
        <translation>%1 ist keine Datei dieser Art (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>%1-Dateien (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation>Die %1-Datei wählen</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>Bild hier ablegen</translation>
    </message>
    <message>
        <source>Drop an audio file here</source>
        <translation>Audiodatei hier ablegen</translation>
    </message>
    <message>
        <source>Drop a video here</source>
        <translation>Video hier ablegen</translation>
    </message>
    <message>
        <source>or browse for one</source>
        <translation>oder eine Datei suchen</translation>
    </message>
    <message>
        <source>or browse for one; until then the workflow uses %1 on the server</source>
        <translation>oder eine Datei suchen; bis dahin verwendet der Workflow %1 auf dem Server</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
</context>
<context>
    <name>c41::ui::MediaFile</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>c41::ui::ModelsPage</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>&amp;Entladen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Filter by server, model, family or quantisation…</source>
        <translation>Nach Server, Modell, Familie oder Quantisierung filtern…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every server again (F5)</source>
        <translation>Alle Server erneut fragen (F5)</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Modelle aktualisieren</translation>
    </message>
    <message>
        <source>Load the selected models into memory</source>
        <translation>Die ausgewählten Modelle in den Speicher laden</translation>
    </message>
    <message>
        <source>Free the memory the selected models hold</source>
        <translation>Den Speicher freigeben, den die ausgewählten Modelle belegen</translation>
    </message>
    <message>
        <source>Load the selected models and keep them loaded</source>
        <translation>Die ausgewählten Modelle laden und geladen halten</translation>
    </message>
    <message>
        <source>Load selected models</source>
        <translation>Ausgewählte Modelle laden</translation>
    </message>
    <message>
        <source>Unload selected models</source>
        <translation>Ausgewählte Modelle entladen</translation>
    </message>
    <message>
        <source>Pin selected models</source>
        <translation>Ausgewählte Modelle fixieren</translation>
    </message>
    <message>
        <source>Action in progress</source>
        <translation>Aktion läuft</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Models summary</source>
        <translation>Übersicht der Modelle</translation>
    </message>
    <message>
        <source>Models of every server</source>
        <translation>Modelle aller Server</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No LLM server yet&lt;/h2&gt;&lt;p&gt;Add an Ollama or OpenAI-compatible server (llama.cpp, vLLM, LM Studio…) in &lt;b&gt;Settings&lt;/b&gt;, as &lt;code&gt;ollama+http://host:11434&lt;/code&gt; or &lt;code&gt;openai+http://host:8080&lt;/code&gt;.&lt;br&gt;Its models appear here, ready to load, unload and pin.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein LLM-Server&lt;/h2&gt;&lt;p&gt;Fügen Sie in den &lt;b&gt;Einstellungen&lt;/b&gt; einen Ollama- oder OpenAI-kompatiblen Server (llama.cpp, vLLM, LM Studio…) hinzu, als &lt;code&gt;ollama+http://host:11434&lt;/code&gt; oder &lt;code&gt;openai+http://host:8080&lt;/code&gt;.&lt;br&gt;Seine Modelle erscheinen hier, bereit zum Laden, Entladen und Fixieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No LLM server configured</source>
        <translation>Kein LLM-Server konfiguriert</translation>
    </message>
    <message>
        <source>Loading %1 on %2…</source>
        <translation>%1 wird auf %2 geladen…</translation>
    </message>
    <message>
        <source>Unloading %1 on %2…</source>
        <translation>%1 wird auf %2 entladen…</translation>
    </message>
    <message>
        <source>Pinning %1 on %2…</source>
        <translation>%1 wird auf %2 fixiert…</translation>
    </message>
    <message>
        <source>%1 is loaded on %2.</source>
        <translation>%1 ist auf %2 geladen.</translation>
    </message>
    <message>
        <source>%1 was unloaded from %2.</source>
        <translation>%1 wurde von %2 entladen.</translation>
    </message>
    <message>
        <source>%1 is pinned on %2.</source>
        <translation>%1 ist auf %2 fixiert.</translation>
    </message>
    <message>
        <source>Select models to load, unload or pin them.</source>
        <translation>Wählen Sie Modelle aus, um sie zu laden, zu entladen oder zu fixieren.</translation>
    </message>
    <message>
        <source>Models: %1 on %2 servers · in memory: %3</source>
        <translation>Modelle: %1 auf %2 Servern · im Speicher: %3</translation>
    </message>
    <message>
        <source> · unreachable: %1</source>
        <translation> · nicht erreichbar: %1</translation>
    </message>
    <message>
        <source> · refreshed %1</source>
        <translation> · aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>c41::ui::ParameterEditor</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Draw a new seed now and keep it for this run</source>
        <translation>Jetzt einen neuen Seed ziehen und für diesen Lauf behalten</translation>
    </message>
    <message>
        <source>Randomise %1</source>
        <translation>%1 zufällig wählen</translation>
    </message>
    <message>
        <source>New seed each run</source>
        <translation>Neuer Seed bei jedem Lauf</translation>
    </message>
    <message>
        <source>Draw a fresh seed when the job is queued (uncheck to reuse this one)</source>
        <translation>Beim Einreihen des Auftrags einen neuen Seed ziehen (abwählen, um diesen wiederzuverwenden)</translation>
    </message>
    <message>
        <source>New %1 each run</source>
        <translation>Neuer Wert für %1 bei jedem Lauf</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The range the server accepts</source>
        <translation>Der Bereich, den der Server annimmt</translation>
    </message>
</context>
<context>
    <name>c41::ui::PhaseBar</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>first byte</source>
        <translation>erstes Byte</translation>
    </message>
    <message>
        <source>failed after</source>
        <translation>fehlgeschlagen nach</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Rest</translation>
    </message>
</context>
<context>
    <name>c41::ui::PreferencesForm</name>
    <message>
        <source>Appearance and language</source>
        <translation>Erscheinungsbild und Sprache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Appearance: %1</source>
        <translation>Erscheinungsbild: %1</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>Starten Sie die App neu, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Images, videos and sounds from jobs are saved here, one folder per day.</source>
        <translation>Bilder, Videos und Töne aus Aufträgen werden hier gespeichert, ein Ordner pro Tag.</translation>
    </message>
    <message>
        <source>The default folder</source>
        <translation>Der Standardordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Den Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Tray and start-up</source>
        <translation>Infobereich und Start</translation>
    </message>
    <message>
        <source>&amp;Close to the tray: closing the window keeps the app running in the system tray</source>
        <translation>In den Infobereich s&amp;chließen: beim Schließen des Fensters läuft die App im Infobereich weiter</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>Show &amp;notifications when jobs finish and alerts are raised</source>
        <translation>&amp;Benachrichtigungen zeigen, wenn Aufträge fertig werden und Warnungen ausgelöst werden</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Start at &amp;login, minimised to the tray</source>
        <translation>Bei der &amp;Anmeldung starten, minimiert im Infobereich</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>There is no system tray here: closing the window quits, and notifications go to the status bar.</source>
        <translation>Hier gibt es keinen Infobereich: Schließen des Fensters beendet die App, und Benachrichtigungen erscheinen in der Statusleiste.</translation>
    </message>
    <message>
        <source>Starting at login is set in the system&apos;s own settings here.</source>
        <translation>Der Start bei der Anmeldung wird hier in den Einstellungen des Systems festgelegt.</translation>
    </message>
    <message>
        <source>C41 will start in the tray when you log in (%1).</source>
        <translation>C41 startet bei Ihrer Anmeldung im Infobereich (%1).</translation>
    </message>
    <message>
        <source>C41 will no longer start at login.</source>
        <translation>C41 startet nicht mehr bei der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ServerForm</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Box the server runs on</source>
        <translation>Rechner, auf dem der Server läuft</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>Server address as KIND+URL</source>
        <translation>Serveradresse als KIND+URL</translation>
    </message>
    <message>
        <source>ollama+http://host:11434</source>
        <translation>ollama+http://host:11434</translation>
    </message>
    <message>
        <source>The kind of server, a plus sign and its URL. Kinds: %1</source>
        <translation>Die Serverart, ein Pluszeichen und seine URL. Arten: %1</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>&amp;KIND+URL:</source>
        <translation>&amp;KIND+URL:</translation>
    </message>
    <message>
        <source>How the server&apos;s API key is sent</source>
        <translation>Wie der API-Schlüssel des Servers gesendet wird</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer-Token (Authorization-Header)</translation>
    </message>
    <message>
        <source>X-API-Key header</source>
        <translation>X-API-Key-Header</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Save the server</source>
        <translation>Den Server speichern</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Die Verbindung zum Server testen</translation>
    </message>
    <message>
        <source>Remove the server from the studio</source>
        <translation>Den Server aus dem Studio entfernen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>from the kind</source>
        <translation>aus der Art</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Give the server&apos;s KIND+URL, e.g. ollama+http://host:11434</source>
        <translation>Geben Sie die KIND+URL des Servers an, z. B. ollama+http://host:11434</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>e.g. forge-comfy (empty: made from the box and kind)</source>
        <translation>z. B. forge-comfy (leer: aus Rechner und Art gebildet)</translation>
    </message>
</context>
<context>
    <name>c41::ui::ServerStatusModel</name>
    <message>
        <source>Other servers</source>
        <translation>Weitere Server</translation>
    </message>
    <message>
        <source>Box / server</source>
        <translation>Rechner / Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 aktiv</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Rechner %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>c41::ui::ServersEditor</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>API key in the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>%1 (generated in memory, no file)</source>
        <translation>%1 (im Speicher erzeugt, keine Datei)</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the config file&apos;s folder</source>
        <translation>Den Ordner der Konfigurationsdatei zeigen</translation>
    </message>
    <message>
        <source>Changes are saved to the file at once and used from the next start. API keys never go in the file: they are kept in the system keychain.</source>
        <translation>Änderungen werden sofort in der Datei gespeichert und ab dem nächsten Start verwendet. API-Schlüssel kommen nie in die Datei: sie liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The demo lab makes up its servers at start, so they cannot be edited here. Start the app without --demo to edit your own studio (boxes and servers are kept in studio.json).</source>
        <translation>Das Demo-Labor erzeugt seine Server beim Start, daher können sie hier nicht bearbeitet werden. Starten Sie die App ohne --demo, um Ihr eigenes Studio zu bearbeiten (Rechner und Server stehen in studio.json).</translation>
    </message>
    <message>
        <source>Configured boxes and servers</source>
        <translation>Konfigurierte Rechner und Server</translation>
    </message>
    <message>
        <source>Box / server</source>
        <translation>Rechner / Server</translation>
    </message>
    <message>
        <source>KIND+URL</source>
        <translation>KIND+URL</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Add a box</source>
        <translation>Einen Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Add a server by its KIND+URL</source>
        <translation>Einen Server über seine KIND+URL hinzufügen</translation>
    </message>
    <message>
        <source>Select a box or a server to change it, or add one.</source>
        <translation>Wählen Sie einen Rechner oder Server, um ihn zu ändern, oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Box name</source>
        <translation>Name des Rechners</translation>
    </message>
    <message>
        <source>e.g. forge</source>
        <translation>z. B. forge</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Box title</source>
        <translation>Titel des Rechners</translation>
    </message>
    <message>
        <source>e.g. RTX 5090 workstation</source>
        <translation>z. B. RTX-5090-Workstation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the box</source>
        <translation>Den Rechner speichern</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Rechner entfernen</translation>
    </message>
    <message>
        <source>Remove the box and its servers</source>
        <translation>Den Rechner und seine Server entfernen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Auto-detection is not available here.</source>
        <translation>Die automatische Erkennung ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a box first: a server runs on a box.</source>
        <translation>Fügen Sie zuerst einen Rechner hinzu: ein Server läuft auf einem Rechner.</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Rechner %1</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Neuer Rechner</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved, but reading it back failed: %1</source>
        <translation>Gespeichert, aber das erneute Lesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Box %1 added.</source>
        <translation>Rechner %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>Rechner %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Click again to remove it and %n server(s)</source>
        <translation>
            <numerusform>Erneut klicken, um ihn und %n Server zu entfernen</numerusform>
            <numerusform>Erneut klicken, um ihn und %n Server zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Zum Entfernen erneut klicken</translation>
    </message>
    <message>
        <source>Box %1 removed.</source>
        <translation>Rechner %1 entfernt.</translation>
    </message>
    <message>
        <source>Server %1 added.</source>
        <translation>Server %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Server %1 saved.</source>
        <translation>Server %1 gespeichert.</translation>
    </message>
    <message>
        <source>Server %1 removed.</source>
        <translation>Server %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms: %3</source>
        <translation>%1 hat in %2 ms geantwortet: %3</translation>
    </message>
    <message>
        <source>Something answers at %1, but not as a %2 server: %3</source>
        <translation>Unter %1 antwortet etwas, aber nicht als %2-Server: %3</translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 Written to %2; the app uses it from the next start.</source>
        <translation>%1 In %2 geschrieben; die App verwendet es ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>c41::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>&amp;About C41…</source>
        <translation>Über C&amp;41…</translation>
    </message>
    <message>
        <source>About C41 Control Center</source>
        <translation>Über C41 Control Center</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Abschnitte der Einstellungen</translation>
    </message>
    <message>
        <source>Boxes and servers</source>
        <translation>Rechner und Server</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>c41::ui::TemplatePicker</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>No server has %1 installed.</source>
        <translation>Auf keinem Server ist %1 installiert.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Lip-sync</source>
        <translation>Lippensynchronisation</translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation>Video zu Audio</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Text zu Sprache</translation>
    </message>
    <message>
        <source>Say a text with a voice of a speech server (OpenAI-style API)</source>
        <translation>Einen Text mit einer Stimme eines Sprachservers sprechen (API im OpenAI-Stil)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>c41::ui::TrayIcon</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>C41 tray menu</source>
        <translation>C41-Menü im Infobereich</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>Open C41 Control Center</source>
        <translation>C41 Control Center öffnen</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>In den Infobereich schließen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>%1 running · %2 queued</source>
        <translation>%1 laufend · %2 wartend</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>Auftragswarteschlange</translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation>Auftrag %1 fertig</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>Auftrag %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job %1 was lost</source>
        <translation>Auftrag %1 ging verloren</translation>
    </message>
    <message>
        <source>%1: the server no longer knows it; retry it from the Jobs page.</source>
        <translation>%1: der Server kennt ihn nicht mehr; wiederholen Sie ihn auf der Seite Aufträge.</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation>Warnung auf %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::TtsPanel</name>
    <message>
        <source>Problem with the text</source>
        <translation>Problem mit dem Text</translation>
    </message>
    <message>
        <source>Problem with the voice</source>
        <translation>Problem mit der Stimme</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>Use for &amp;lip-sync</source>
        <translation>Für &amp;Lippensynchronisation verwenden</translation>
    </message>
    <message>
        <source>What should the voice say?</source>
        <translation>Was soll die Stimme sagen?</translation>
    </message>
    <message>
        <source>Text to speak</source>
        <translation>Zu sprechender Text</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Optional: how to say it, e.g. calm and warm</source>
        <translation>Optional: wie es gesagt werden soll, z. B. ruhig und warm</translation>
    </message>
    <message>
        <source>Style instructions</source>
        <translation>Stilanweisungen</translation>
    </message>
    <message>
        <source>Latest take</source>
        <translation>Letzte Aufnahme</translation>
    </message>
    <message>
        <source>Play the latest take</source>
        <translation>Die letzte Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Opens the take in the system&apos;s audio player</source>
        <translation>Öffnet die Aufnahme im Audioplayer des Systems</translation>
    </message>
    <message>
        <source>Use the latest take as a lip-sync voice</source>
        <translation>Die letzte Aufnahme als Stimme für eine Lippensynchronisation verwenden</translation>
    </message>
    <message>
        <source>Opens a lip-sync template with this take as the voice</source>
        <translation>Öffnet eine Vorlage zur Lippensynchronisation mit dieser Aufnahme als Stimme</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>None yet: write a text, pick a voice and submit.</source>
        <translation>Noch keine: schreiben Sie einen Text, wählen Sie eine Stimme und senden Sie ab.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>&amp;Vortragsstil</translation>
    </message>
</context>
<context>
    <name>c41::ui::TtsTakeMenu</name>
    <message>
        <source>No finished TTS take yet</source>
        <translation>Noch keine fertige TTS-Aufnahme</translation>
    </message>
    <message>
        <source>Make a new take…</source>
        <translation>Neue Aufnahme erstellen…</translation>
    </message>
</context>
<context>
    <name>c41::ui::WorkflowForm</name>
    <message>
        <source>%1, input %2 of node %3 (%4)</source>
        <translation>%1, Eingang %2 von Knoten %3 (%4)</translation>
    </message>
</context>
<context>
    <name>c41ctl</name>
    <message>
        <source>unknown command &quot;%1&quot; (see c41ctl --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe c41ctl --help)</translation>
    </message>
    <message>
        <source>C41 Control Center from the command line.</source>
        <translation>C41 Control Center auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>SERVER is a configured server name or a KIND+URL, e.g. ollama+http://mac-studio.local:11434.</source>
        <translation>SERVER ist der Name eines konfigurierten Servers oder eine KIND+URL, z. B. ollama+http://mac-studio.local:11434.</translation>
    </message>
    <message>
        <source>usage: c41ctl bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]</source>
        <translation>Aufruf: c41ctl bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]</translation>
    </message>
    <message>
        <source>%1 %2: %3 runs, timings from the %4</source>
        <translation>%1 %2: %3 Durchläufe, Zeiten laut %4</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>median t/s</source>
        <translation>Median t/s</translation>
    </message>
    <message>
        <source>min t/s</source>
        <translation>min. t/s</translation>
    </message>
    <message>
        <source>max t/s</source>
        <translation>max. t/s</translation>
    </message>
    <message>
        <source>usage: c41ctl chat SERVER MODEL [PROMPT|-] [--system S] [--persona P]</source>
        <translation>Aufruf: c41ctl chat SERVER MODEL [PROMPT|-] [--system S] [--persona P]</translation>
    </message>
    <message>
        <source>--persona needs the chat database; set C41_CHAT_DB</source>
        <translation>--persona braucht die Chat-Datenbank; setzen Sie C41_CHAT_DB</translation>
    </message>
    <message>
        <source>no persona named &quot;%1&quot;</source>
        <translation>keine Persona namens „%1“</translation>
    </message>
    <message>
        <source>nothing to say: give a PROMPT, or text on stdin</source>
        <translation>nichts zu sagen: geben Sie einen PROMPT an oder Text auf stdin</translation>
    </message>
    <message>
        <source>thinking: </source>
        <translation>denkt nach: </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <source>prefill %1 tok/s</source>
        <translation>Prefill %1 tok/s</translation>
    </message>
    <message>
        <source>decode %1 tok/s</source>
        <translation>Decode %1 tok/s</translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>comfy run: change an input, NODE.input=VALUE (NODE: id, title or class), or ROLE=VALUE.</source>
        <translation>comfy run: ändert einen Eingang, NODE.input=VALUE (NODE: ID, Titel oder Klasse), oder ROLE=VALUE.</translation>
    </message>
    <message>
        <source>comfy run: upload FILE and use it for the image, audio or video input NAME.</source>
        <translation>comfy run: lädt FILE hoch und verwendet die Datei für den Bild-, Audio- oder Videoeingang NAME.</translation>
    </message>
    <message>
        <source>Folder for the outputs (default: .).</source>
        <translation>Ordner für die Ausgaben (Standard: .).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no such file or template</source>
        <translation>%1: keine solche Datei oder Vorlage</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE [--set NODE.input=VALUE]... [--input NAME=FILE]... [--out DIR]</source>
        <translation>Aufruf: c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE [--set NODE.input=VALUE]... [--input NAME=FILE]... [--out DIR]</translation>
    </message>
    <message>
        <source>--input needs NAME=FILE, not &quot;%1&quot;</source>
        <translation>--input braucht NAME=FILE, nicht „%1“</translation>
    </message>
    <message>
        <source>--input %1: no such file %2</source>
        <translation>--input %1: keine Datei %2</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy queue SERVER</source>
        <translation>Aufruf: c41ctl comfy queue SERVER</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>die Warteschlange ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy interrupt SERVER</source>
        <translation>Aufruf: c41ctl comfy interrupt SERVER</translation>
    </message>
    <message>
        <source>interrupted the running prompt, if any</source>
        <translation>laufenden Prompt unterbrochen, falls vorhanden</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy free SERVER</source>
        <translation>Aufruf: c41ctl comfy free SERVER</translation>
    </message>
    <message>
        <source>asked the server to unload its models and free memory</source>
        <translation>den Server gebeten, seine Modelle zu entladen und Speicher freizugeben</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy run|queue|interrupt|free|validate SERVER …</source>
        <translation>Aufruf: c41ctl comfy run|queue|interrupt|free|validate SERVER …</translation>
    </message>
    <message>
        <source>Run a ComfyUI workflow (--set NODE.input=VALUE, --input NAME=FILE, --out DIR): progress on stderr, saved files on stdout; list the queue, interrupt, free memory, or validate a workflow against the server.</source>
        <translation>Führt einen ComfyUI-Workflow aus (--set NODE.input=VALUE, --input NAME=FILE, --out DIR): Fortschritt auf stderr, gespeicherte Dateien auf stdout; zeigt die Warteschlange, unterbricht, gibt Speicher frei oder prüft einen Workflow gegen den Server.</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (Knoten %2)</translation>
    </message>
    <message>
        <source>, step %1/%2</source>
        <translation>, Schritt %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n preview(s)</source>
        <translation>
            <numerusform>, %n Vorschau</numerusform>
            <numerusform>, %n Vorschauen</numerusform>
        </translation>
    </message>
    <message>
        <source>is a %1 server, not ComfyUI</source>
        <translation>ist ein %1-Server, nicht ComfyUI</translation>
    </message>
    <message>
        <source>uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>queued %1 (#%2)</source>
        <translation>%1 eingereiht (#%2)</translation>
    </message>
    <message>
        <source>cached: %1</source>
        <translation>aus dem Cache: %1</translation>
    </message>
    <message>
        <source>the WebSocket dropped; following the job through /history</source>
        <translation>der WebSocket ist abgebrochen; der Auftrag wird über /history verfolgt</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Every configured server (or the SERVERs given by name or KIND+URL): kind, URL, box, reachable or not with the error, latency.</source>
        <translation>Alle konfigurierten Server (oder die per Name oder KIND+URL angegebenen SERVER): Art, URL, Rechner, erreichbar oder nicht samt Fehler, Latenz.</translation>
    </message>
    <message>
        <source>Store (from standard input) or remove the API key of a server in the system keychain.</source>
        <translation>Speichert den API-Schlüssel eines Servers (von der Standardeingabe) im Schlüsselbund des Systems oder entfernt ihn.</translation>
    </message>
    <message>
        <source>Read the studio from FILE instead of %1.</source>
        <translation>Liest das Studio aus FILE statt aus %1.</translation>
    </message>
    <message>
        <source>Run against the built-in demo studio (simulated servers on this machine).</source>
        <translation>Arbeitet mit dem eingebauten Demo-Studio (simulierte Server auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Gibt JSON für Skripte aus.</translation>
    </message>
    <message>
        <source>Log requests (never secrets or prompts) to stderr.</source>
        <translation>Protokolliert Anfragen (nie Geheimnisse oder Prompts) auf stderr.</translation>
    </message>
    <message>
        <source>What to do (see below).</source>
        <translation>Was zu tun ist (siehe unten).</translation>
    </message>
    <message>
        <source>no command given; try &quot;c41ctl servers&quot; or c41ctl --help</source>
        <translation>kein Befehl angegeben; versuchen Sie &quot;c41ctl servers&quot; oder c41ctl --help</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>(no jobs)</source>
        <translation>(keine Aufträge)</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>Die Warteschlange ist pausiert.</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no such file, and no shipped template of that name (see c41ctl templates)</source>
        <translation>keine solche Datei und keine mitgelieferte Vorlage dieses Namens (siehe c41ctl templates)</translation>
    </message>
    <message>
        <source>c41ctl cannot run %1 jobs yet</source>
        <translation>c41ctl kann noch keine %1-Aufträge ausführen</translation>
    </message>
    <message>
        <source>Job %1 queued.</source>
        <translation>Auftrag %1 eingereiht.</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Job %1 %2.</source>
        <translation>Auftrag %1: %2.</translation>
    </message>
    <message>
        <source>The queue runs.</source>
        <translation>Die Warteschlange läuft.</translation>
    </message>
    <message>
        <source>usage: jobs show ID</source>
        <translation>Aufruf: jobs show ID</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>  state:     %1</source>
        <translation>  Zustand:   %1</translation>
    </message>
    <message>
        <source>  kind:      %1</source>
        <translation>  Art:       %1</translation>
    </message>
    <message>
        <source>  target:    %1</source>
        <translation>  Ziel:      %1</translation>
    </message>
    <message>
        <source>  server:    %1</source>
        <translation>  Server:    %1</translation>
    </message>
    <message>
        <source>  remote id: %1</source>
        <translation>  Remote-ID: %1</translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation>  erstellt:  %1</translation>
    </message>
    <message>
        <source>  started:   %1</source>
        <translation>  gestartet: %1</translation>
    </message>
    <message>
        <source>  finished:  %1 (%2 s)</source>
        <translation>  beendet:   %1 (%2 s)</translation>
    </message>
    <message>
        <source>  attempt:   %1 (retry of job %2)</source>
        <translation>  Versuch:   %1 (Wiederholung von Auftrag %2)</translation>
    </message>
    <message>
        <source>  error:     %1</source>
        <translation>  Fehler:    %1</translation>
    </message>
    <message>
        <source>  folder:    %1</source>
        <translation>  Ordner:    %1</translation>
    </message>
    <message>
        <source>  output:    %1</source>
        <translation>  Ausgabe:   %1</translation>
    </message>
    <message>
        <source>  (c41ctl jobs retry %1 runs it again)</source>
        <translation>  (c41ctl jobs retry %1 führt ihn erneut aus)</translation>
    </message>
    <message>
        <source>usage: jobs cancel ID</source>
        <translation>Aufruf: jobs cancel ID</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Auftrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1 is being interrupted on its server.</source>
        <translation>Auftrag %1 wird auf seinem Server unterbrochen.</translation>
    </message>
    <message>
        <source>usage: jobs retry ID</source>
        <translation>Aufruf: jobs retry ID</translation>
    </message>
    <message>
        <source>Job %1 queued again as job %2.</source>
        <translation>Auftrag %1 erneut als Auftrag %2 eingereiht.</translation>
    </message>
    <message>
        <source>jobs add: a server, a box, or &quot;any&quot; (default).</source>
        <translation>jobs add: ein Server, ein Rechner oder &quot;any&quot; (Standard).</translation>
    </message>
    <message>
        <source>jobs add: run the job from here and wait for its end.</source>
        <translation>jobs add: führt den Auftrag von hier aus und wartet auf sein Ende.</translation>
    </message>
    <message>
        <source>jobs add: the output directory (a folder per job).</source>
        <translation>jobs add: das Ausgabeverzeichnis (ein Ordner pro Auftrag).</translation>
    </message>
    <message>
        <source>jobs add tts: the voice.</source>
        <translation>jobs add tts: die Stimme.</translation>
    </message>
    <message>
        <source>100% GPU</source>
        <translation>100 % GPU</translation>
    </message>
    <message>
        <source>100% CPU</source>
        <translation>100 % CPU</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>usage: c41ctl %1 SERVER MODEL</source>
        <translation>Aufruf: c41ctl %1 SERVER MODEL</translation>
    </message>
    <message>
        <source>LOADED</source>
        <translation>GELADEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>no LLM servers configured; name one or try --demo</source>
        <translation>keine LLM-Server konfiguriert; nennen Sie einen oder versuchen Sie --demo</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>PARAMS</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>QUANT.</translation>
    </message>
    <message>
        <source>Models on each LLM server, with what is loaded.</source>
        <translation>Modelle auf jedem LLM-Server, mit den geladenen.</translation>
    </message>
    <message>
        <source>Load a model into memory.</source>
        <translation>Lädt ein Modell in den Speicher.</translation>
    </message>
    <message>
        <source>Unload a model from memory.</source>
        <translation>Entlädt ein Modell aus dem Speicher.</translation>
    </message>
    <message>
        <source>Load a model and keep it loaded.</source>
        <translation>Lädt ein Modell und hält es geladen.</translation>
    </message>
    <message>
        <source>Stream an answer (stdin when PROMPT is - or missing).</source>
        <translation>Streamt eine Antwort (stdin, wenn PROMPT - ist oder fehlt).</translation>
    </message>
    <message>
        <source>Prefill and decode tok/s over the API (median, min, max).</source>
        <translation>Prefill- und Decode-tok/s über die API (Median, Min., Max.).</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not an LLM server</source>
        <translation>%1 ist ein %2-Server, kein LLM-Server</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more</source>
        <translation>--%1 braucht eine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>%1 needs --%2 FILE; usage: %3</source>
        <translation>%1 braucht --%2 FILE; Aufruf: %3</translation>
    </message>
    <message>
        <source>%1 needs --out DIR; usage: %2</source>
        <translation>%1 braucht --out DIR; Aufruf: %2</translation>
    </message>
    <message>
        <source>%1 needs --prompt P; usage: %2</source>
        <translation>%1 braucht --prompt P; Aufruf: %2</translation>
    </message>
    <message>
        <source>--%1: no such file %2</source>
        <translation>--%1: keine Datei %2</translation>
    </message>
    <message>
        <source>--seed needs a whole number ≥ 0, not &quot;%1&quot;</source>
        <translation>--seed braucht eine ganze Zahl ≥ 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--seconds needs a number of seconds &gt; 0, not &quot;%1&quot;</source>
        <translation>--seconds braucht eine Anzahl Sekunden &gt; 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--template %1: not a %2 template (there are: %3)</source>
        <translation>--template %1: keine %2-Vorlage (vorhanden: %3)</translation>
    </message>
    <message>
        <source>no %1 template is shipped</source>
        <translation>keine %1-Vorlage mitgeliefert</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>no %1 template can run here: %2</source>
        <translation>keine %1-Vorlage kann hier laufen: %2</translation>
    </message>
    <message>
        <source>template %1 (%2)</source>
        <translation>Vorlage %1 (%2)</translation>
    </message>
    <message>
        <source>template %1 has no %2 input</source>
        <translation>Vorlage %1 hat keinen %2-Eingang</translation>
    </message>
    <message>
        <source>--image %1 is a video, but template %2 takes a still portrait image (%3, node %4 %5): use a frame of the video as the portrait, e.g. ffmpeg -i %1 -frames:v 1 portrait.png</source>
        <translation>--image %1 ist ein Video, aber Vorlage %2 nimmt ein Standbild als Porträt (%3, Knoten %4 %5): verwenden Sie ein Einzelbild des Videos als Porträt, z. B. ffmpeg -i %1 -frames:v 1 portrait.png</translation>
    </message>
    <message>
        <source>template %1 has no %2 prompt</source>
        <translation>Vorlage %1 hat keinen %2-Prompt</translation>
    </message>
    <message>
        <source>template %1 has no video length to set for --seconds</source>
        <translation>Vorlage %1 hat keine Videolänge, die --seconds setzen könnte</translation>
    </message>
    <message>
        <source>%1 would be refused: %2</source>
        <translation>%1 würde abgelehnt: %2</translation>
    </message>
    <message>
        <source>the job finished but saved no file</source>
        <translation>der Auftrag ist fertig, hat aber keine Datei gespeichert</translation>
    </message>
    <message>
        <source>Lip-sync on ComfyUI (HuMo): a portrait image and a voice audio to a talking video. Uploads both, runs the first lipsync template the server has the nodes for (or --template), progress on stderr, saved files on stdout.</source>
        <translation>Lippensynchronisation mit ComfyUI (HuMo): aus einem Porträtbild und einer Sprachaufnahme wird ein sprechendes Video. Lädt beides hoch, führt die erste lipsync-Vorlage aus, für die der Server die Knoten hat (oder --template), Fortschritt auf stderr, gespeicherte Dateien auf stdout.</translation>
    </message>
    <message>
        <source>Video to audio on ComfyUI (MMAudio): uploads the video, generates a soundtrack from the prompt and saves the video with sound; prints the saved files.</source>
        <translation>Video zu Audio mit ComfyUI (MMAudio): lädt das Video hoch, erzeugt aus dem Prompt eine Tonspur und speichert das Video mit Ton; gibt die gespeicherten Dateien aus.</translation>
    </message>
    <message>
        <source>usage: c41ctl secret set|remove SERVER</source>
        <translation>Aufruf: c41ctl secret set|remove SERVER</translation>
    </message>
    <message>
        <source>secrets belong to configured servers; add %1 to the config first</source>
        <translation>Geheimnisse gehören zu konfigurierten Servern; nehmen Sie %1 zuerst in die Konfiguration auf</translation>
    </message>
    <message>
        <source>cannot read the key from standard input</source>
        <translation>der Schlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>no key on standard input (try: echo &quot;$KEY&quot; | c41ctl secret set %1)</source>
        <translation>kein Schlüssel auf der Standardeingabe (versuchen Sie: echo &quot;$KEY&quot; | c41ctl secret set %1)</translation>
    </message>
    <message>
        <source>Stored. Note: %1 has no &quot;auth&quot; in the config, so the key is not sent until you add &quot;auth&quot;: &quot;bearer&quot; or &quot;x-api-key&quot;.</source>
        <translation>Gespeichert. Hinweis: %1 hat kein &quot;auth&quot; in der Konfiguration, daher wird der Schlüssel erst gesendet, wenn Sie &quot;auth&quot;: &quot;bearer&quot; oder &quot;x-api-key&quot; ergänzen.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>RECHNER</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>no servers configured; add them to the config file, give KIND+URL arguments, or try --demo</source>
        <translation>keine Server konfiguriert; tragen Sie sie in die Konfigurationsdatei ein, geben Sie KIND+URL-Argumente an oder versuchen Sie --demo</translation>
    </message>
    <message>
        <source>: not healthy</source>
        <translation>: nicht in Ordnung</translation>
    </message>
    <message>
        <source> (and %1 more: %2)</source>
        <translation> (und %1 weitere: %2)</translation>
    </message>
    <message>
        <source>no telemetry servers configured (exporter, macmon, comfyui, prometheus); add them to the config file, give KIND+URL arguments, or try --demo</source>
        <translation>keine Telemetrieserver konfiguriert (exporter, macmon, comfyui, prometheus); tragen Sie sie in die Konfigurationsdatei ein, geben Sie KIND+URL-Argumente an oder versuchen Sie --demo</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not a telemetry source (exporter, macmon, comfyui, prometheus)</source>
        <translation>%1 ist ein %2-Server, keine Telemetriequelle (exporter, macmon, comfyui, prometheus)</translation>
    </message>
    <message>
        <source>offline: %1 (%2)</source>
        <translation>offline: %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>nothing found on %1</source>
        <translation>nichts gefunden auf %1</translation>
    </message>
    <message>
        <source>usage: c41ctl telemetry sources BOX | detect HOST [PORT...]</source>
        <translation>Aufruf: c41ctl telemetry sources BOX | detect HOST [PORT...]</translation>
    </message>
    <message>
        <source>no box named &apos;%1&apos; in the config</source>
        <translation>kein Rechner namens „%1“ in der Konfiguration</translation>
    </message>
    <message>
        <source>box &apos;%1&apos; has no telemetry servers</source>
        <translation>der Rechner „%1“ hat keine Telemetrieserver</translation>
    </message>
    <message>
        <source>util</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>power limit</source>
        <translation>Leistungsgrenze</translation>
    </message>
    <message>
        <source>host CPU/RAM</source>
        <translation>Host-CPU/RAM</translation>
    </message>
    <message>
        <source>down: </source>
        <translation>ausgefallen: </translation>
    </message>
    <message>
        <source>Every box and device of the studio, like nvitop: GPU utilisation, VRAM or unified memory, temperature, power, host CPU/RAM, the source of each figure, and which box is offline. BOXes or SERVERs (names or KIND+URL) show just those.</source>
        <translation>Alle Rechner und Geräte des Studios, wie nvitop: GPU-Auslastung, VRAM oder gemeinsamer Speicher, Temperatur, Leistung, Host-CPU/RAM, die Quelle jedes Messwerts und welcher Rechner offline ist. Mit BOX oder SERVER (Namen oder KIND+URL) nur diese.</translation>
    </message>
    <message>
        <source>status: redraw every second until Ctrl-C.</source>
        <translation>status: zeichnet jede Sekunde neu, bis Strg-C gedrückt wird.</translation>
    </message>
    <message>
        <source>sources: the telemetry sources of a box and what each one gives. detect: probe a host&apos;s standard ports (or the PORTs given) and propose the servers found.</source>
        <translation>sources: die Telemetriequellen eines Rechners und was jede liefert. detect: prüft die Standardports eines Hosts (oder die angegebenen PORTs) und schlägt die gefundenen Server vor.</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation>läuft in %1 min ab</translation>
    </message>
    <message>
        <source>slots %1/%2 busy</source>
        <translation>Slots %1/%2 belegt</translation>
    </message>
    <message>
        <source>%1 slots busy</source>
        <translation>%1 Slots belegt</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>KV cache %1%</source>
        <translation>KV-Cache %1 %</translation>
    </message>
    <message>
        <source>, throttled (%1)</source>
        <translation>, gedrosselt (%1)</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>% GPU</source>
        <translation> % GPU</translation>
    </message>
    <message>
        <source>(no model loaded)</source>
        <translation>(kein Modell geladen)</translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation>MODELLE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>UTIL</source>
        <translation>AUSL.</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>TEMP</source>
        <translation>TEMP.</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>LEISTUNG</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source> (unified)</source>
        <translation> (gemeinsam)</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>offline: </source>
        <translation>offline: </translation>
    </message>
    <message>
        <source>random per run</source>
        <translation>zufällig pro Lauf</translation>
    </message>
    <message>
        <source>needs: </source>
        <translation>benötigt: </translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; the templates are: %2</source>
        <translation>keine Vorlage „%1“; die Vorlagen sind: %2</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE</source>
        <translation>Aufruf: c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE</translation>
    </message>
    <message>
        <source>%1 can run %2 (%3 nodes)</source>
        <translation>%1 kann %2 ausführen (%3 Knoten)</translation>
    </message>
    <message>
        <source>The shipped ComfyUI workflow templates (Flux, Z-Image, HiDream, Wan 2.2, FramePack, HuMo lip-sync, MMAudio, Qwen3-TTS): kind, packs they need, and the parameters --set can change; with TEMPLATE, also their sources.</source>
        <translation>Die mitgelieferten ComfyUI-Workflow-Vorlagen (Flux, Z-Image, HiDream, Wan 2.2, FramePack, HuMo-Lippensynchronisation, MMAudio, Qwen3-TTS): Art, benötigte Pakete und die Parameter, die --set ändern kann; mit TEMPLATE auch ihre Quellen.</translation>
    </message>
    <message>
        <source>usage: tts SERVER TEXT --voice V --out FILE</source>
        <translation>Aufruf: tts SERVER TEXT --voice V --out FILE</translation>
    </message>
    <message>
        <source>tts needs --voice V</source>
        <translation>tts braucht --voice V</translation>
    </message>
    <message>
        <source>tts needs --out FILE</source>
        <translation>tts braucht --out FILE</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not a text-to-speech server</source>
        <translation>%1 ist ein %2-Server, kein Text-zu-Sprache-Server</translation>
    </message>
    <message>
        <source>--speed needs a number from 0.25 to 4.0</source>
        <translation>--speed braucht eine Zahl von 0.25 bis 4.0</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Speak TEXT with an OpenAI-style speech server (POST /v1/audio/speech) and save the audio to FILE as it streams in; prints the file&apos;s path. The format follows FILE&apos;s extension (wav, mp3, flac, opus, aac, pcm) unless --format says; the model defaults to the server&apos;s first.</source>
        <translation>Spricht TEXT mit einem Sprachserver im OpenAI-Stil (POST /v1/audio/speech) und speichert den Ton während der Übertragung in FILE; gibt den Pfad der Datei aus. Das Format folgt der Endung von FILE (wav, mp3, flac, opus, aac, pcm), sofern --format nichts anderes sagt; das Modell ist standardmäßig das erste des Servers.</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>VERBINDEN</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>FIRST BYTE</source>
        <translation>ERSTES BYTE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>DIAGNOSIS</source>
        <translation>DIAGNOSE</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>Times in ms since the request started; TLS only for https.</source>
        <translation>Zeiten in ms seit Beginn der Anfrage; TLS nur bei https.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>How every server (or the SERVERs given) is reached, per endpoint: DNS, TCP connect, TLS handshake, first byte, total and HTTP status, with a diagnosis in words. Exits 1 when any server has a problem.</source>
        <translation>Wie jeder Server (oder die angegebenen SERVER) erreicht wird, pro Endpunkt: DNS, TCP-Verbindung, TLS-Handshake, erstes Byte, gesamt und HTTP-Status, mit einer Diagnose in Worten. Endet mit 1, wenn ein Server ein Problem hat.</translation>
    </message>
    <message>
        <source>doctor: give up on an endpoint after S seconds (default 15).</source>
        <translation>doctor: gibt einen Endpunkt nach S Sekunden auf (Standard 15).</translation>
    </message>
    <message>
        <source>chat: the system prompt.</source>
        <translation>chat: der System-Prompt.</translation>
    </message>
    <message>
        <source>chat: a saved persona.</source>
        <translation>chat: eine gespeicherte Persona.</translation>
    </message>
    <message>
        <source>chat: sampling temperature.</source>
        <translation>chat: Sampling-Temperatur.</translation>
    </message>
    <message>
        <source>chat: longest answer.</source>
        <translation>chat: längste Antwort.</translation>
    </message>
    <message>
        <source>bench: repetitions (default 3).</source>
        <translation>bench: Wiederholungen (Standard 3).</translation>
    </message>
    <message>
        <source>bench: prompt length (default 512).</source>
        <translation>bench: Länge des Prompts (Standard 512).</translation>
    </message>
    <message>
        <source>bench: tokens to generate (default 128).</source>
        <translation>bench: zu erzeugende Tokens (Standard 128).</translation>
    </message>
    <message>
        <source>lipsync: the portrait image.</source>
        <translation>lipsync: das Porträtbild.</translation>
    </message>
    <message>
        <source>lipsync: the voice audio.</source>
        <translation>lipsync: die Sprachaufnahme.</translation>
    </message>
    <message>
        <source>v2a: the video to add sound to.</source>
        <translation>v2a: das Video, das Ton bekommen soll.</translation>
    </message>
    <message>
        <source>lipsync, v2a: the text prompt (v2a: the sound to make).</source>
        <translation>lipsync, v2a: der Text-Prompt (v2a: der zu erzeugende Ton).</translation>
    </message>
    <message>
        <source>v2a: the sound to avoid.</source>
        <translation>v2a: der zu vermeidende Ton.</translation>
    </message>
    <message>
        <source>v2a: use at most the first S seconds of the video.</source>
        <translation>v2a: verwendet höchstens die ersten S Sekunden des Videos.</translation>
    </message>
    <message>
        <source>lipsync, v2a: the template to run (default: the first the server can).</source>
        <translation>lipsync, v2a: die auszuführende Vorlage (Standard: die erste, die der Server kann).</translation>
    </message>
    <message>
        <source>lipsync, v2a: a fixed seed (default: random per run).</source>
        <translation>lipsync, v2a: ein fester Seed (Standard: zufällig pro Lauf).</translation>
    </message>
    <message>
        <source>tts: the voice to speak with.</source>
        <translation>tts: die Stimme, mit der gesprochen wird.</translation>
    </message>
    <message>
        <source>tts: the audio file to write.</source>
        <translation>tts: die zu schreibende Audiodatei.</translation>
    </message>
    <message>
        <source>tts: the speech model (default: the server&apos;s first).</source>
        <translation>tts: das Sprachmodell (Standard: das erste des Servers).</translation>
    </message>
    <message>
        <source>tts: wav, mp3, flac, opus, aac or pcm.</source>
        <translation>tts: wav, mp3, flac, opus, aac oder pcm.</translation>
    </message>
    <message>
        <source>tts: 0.25 to 4.0 (default 1.0).</source>
        <translation>tts: 0.25 bis 4.0 (Standard 1.0).</translation>
    </message>
    <message>
        <source>tts: a style prompt, e.g. &quot;calm, warm&quot;.</source>
        <translation>tts: ein Stil-Prompt, z. B. &quot;ruhig, warm&quot;.</translation>
    </message>
    <message>
        <source>%1 (see c41ctl --help)</source>
        <translation>%1 (siehe c41ctl --help)</translation>
    </message>
    <message>
        <source>not healthy: %1</source>
        <translation>nicht in Ordnung: %1</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>Nr. %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>usage: jobs add image|video|lipsync|v2a WORKFLOW.json | jobs add tts TEXT --voice V | jobs add chat TEXT --model M | jobs add model_load|model_pull MODEL --target SERVER</source>
        <translation>Aufruf: jobs add image|video|lipsync|v2a WORKFLOW.json | jobs add tts TEXT --voice V | jobs add chat TEXT --model M | jobs add model_load|model_pull MODEL --target SERVER</translation>
    </message>
    <message>
        <source>usage: jobs add chat TEXT --model M [--target T]</source>
        <translation>Aufruf: jobs add chat TEXT --model M [--target T]</translation>
    </message>
    <message>
        <source>usage: jobs add %1 MODEL --target SERVER</source>
        <translation>Aufruf: jobs add %1 MODEL --target SERVER</translation>
    </message>
    <message>
        <source>%1 is not an LLM server of the studio (see c41ctl servers); %2</source>
        <translation>%1 ist kein LLM-Server des Studios (siehe c41ctl servers); %2</translation>
    </message>
    <message>
        <source>only Ollama servers pull models; %1 is not one</source>
        <translation>nur Ollama-Server laden Modelle herunter; %1 ist keiner</translation>
    </message>
    <message>
        <source>usage: jobs move ID top|up|down|bottom | jobs move ID --before OTHER_ID</source>
        <translation>Aufruf: jobs move ID top|up|down|bottom | jobs move ID --before OTHER_ID</translation>
    </message>
    <message>
        <source>Job %1 is now number %2 of %3 in the queue.</source>
        <translation>Auftrag %1 ist jetzt Nummer %2 von %3 in der Warteschlange.</translation>
    </message>
    <message>
        <source>usage: jobs pause --free-vram</source>
        <translation>Aufruf: jobs pause --free-vram</translation>
    </message>
    <message>
        <source>the queue is paused, but not every server&apos;s memory was freed</source>
        <translation>die Warteschlange ist pausiert, aber nicht auf jedem Server wurde Speicher freigegeben</translation>
    </message>
    <message>
        <source>the demo studio has no job database: set C41_JOBS_DB to a file (e.g. C41_JOBS_DB=/tmp/demo-jobs.sqlite), or run without --demo to use the studio&apos;s own</source>
        <translation>das Demo-Studio hat keine Auftragsdatenbank: setzen Sie C41_JOBS_DB auf eine Datei (z. B. C41_JOBS_DB=/tmp/demo-jobs.sqlite) oder starten Sie ohne --demo, um die des Studios zu verwenden</translation>
    </message>
    <message>
        <source>unknown jobs command &apos;%1&apos; (list, watch, show, cancel, retry, move, pause, resume, add)</source>
        <translation>unbekannter jobs-Befehl „%1“ (list, watch, show, cancel, retry, move, pause, resume, add)</translation>
    </message>
    <message>
        <source>The studio&apos;s job queue, shared with c41: the latest jobs with state, kind, server, progress and age (watch: redraw every second); show a job with its outputs; cancel (a running job is interrupted on its server); retry a failed, lost or cancelled job; move a queued job to the top, up, down, to the bottom or --before another; pause or resume the queue (--free-vram: then unload the models of every ComfyUI server that runs nothing); add a job (image, video, lipsync, v2a: an API workflow; tts: the text, --voice; chat: the text, --model; model_load, model_pull: the model, --target SERVER) for a server, box or any server (--target), and with --wait run it from here into --out DIR. $C41_JOBS_DB names the database.</source>
        <translation>Die Auftragswarteschlange des Studios, gemeinsam mit c41: die neuesten Aufträge mit Zustand, Art, Server, Fortschritt und Alter (watch: jede Sekunde neu zeichnen); show zeigt einen Auftrag mit seinen Ausgaben; cancel bricht ab (ein laufender Auftrag wird auf seinem Server unterbrochen); retry wiederholt einen fehlgeschlagenen, verlorenen oder abgebrochenen Auftrag; move verschiebt einen wartenden Auftrag nach ganz oben, nach oben, nach unten, ganz nach unten oder vor einen anderen (--before); pause/resume pausiert die Warteschlange oder setzt sie fort (--free-vram: entlädt dann die Modelle jedes ComfyUI-Servers, auf dem nichts läuft); add fügt einen Auftrag hinzu (image, video, lipsync, v2a: ein API-Workflow; tts: der Text, --voice; chat: der Text, --model; model_load, model_pull: das Modell, --target SERVER) für einen Server, einen Rechner oder jeden Server (--target) und führt ihn mit --wait von hier aus nach --out DIR aus. $C41_JOBS_DB nennt die Datenbank.</translation>
    </message>
    <message>
        <source>jobs add chat: the model.</source>
        <translation>jobs add chat: das Modell.</translation>
    </message>
    <message>
        <source>jobs move: put the job just before this queued job.</source>
        <translation>jobs move: setzt den Auftrag direkt vor diesen wartenden Auftrag.</translation>
    </message>
    <message>
        <source>jobs pause: then unload the models and free the GPU memory of every ComfyUI server that runs no job.</source>
        <translation>jobs pause: entlädt dann die Modelle und gibt den GPU-Speicher jedes ComfyUI-Servers frei, auf dem kein Auftrag läuft.</translation>
    </message>
</context>
</TS>

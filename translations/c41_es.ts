<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the API key stored for this server.</source>
        <translation>Compruebe la clave de API guardada para este servidor.</translation>
    </message>
    <message>
        <source>Check the server kind and URL, or the model name.</source>
        <translation>Compruebe el tipo y la URL del servidor, o el nombre del modelo.</translation>
    </message>
    <message>
        <source>The server is busy or still loading; try again shortly.</source>
        <translation>El servidor está ocupado o aún cargando; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>sent %1 that is not valid JSON (%2)</source>
        <translation>envió %1 en un JSON no válido (%2)</translation>
    </message>
    <message>
        <source>Check that the URL points at the right kind of server.</source>
        <translation>Compruebe que la URL apunta al tipo de servidor correcto.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>autostart</source>
        <translation>inicio automático</translation>
    </message>
    <message>
        <source>starting at login is not supported on this system</source>
        <translation>el inicio al iniciar sesión no está disponible en este sistema</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ComfyUiClient</name>
    <message>
        <source>Check that the URL points at a ComfyUI server.</source>
        <translation>Compruebe que la URL apunta a un servidor ComfyUI.</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>conexión rechazada en %1</translation>
    </message>
    <message>
        <source>Is ComfyUI running and listening on the network?</source>
        <translation>¿Está ComfyUI en marcha y escuchando en la red?</translation>
    </message>
    <message>
        <source>could not resolve the host name &apos;%1&apos;</source>
        <translation>no se pudo resolver el nombre de host «%1»</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no reply to the prompt within 60 s</source>
        <translation>sin respuesta al prompt en 60 s</translation>
    </message>
    <message>
        <source>The server may be overloaded or hung.</source>
        <translation>Puede que el servidor esté sobrecargado o bloqueado.</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de la conexión</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>error de red: %1</translation>
    </message>
    <message>
        <source>the prompt was rejected</source>
        <translation>el prompt fue rechazado</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>nodo %1 (%2)</translation>
    </message>
    <message>
        <source>The server rejected the workflow; fix the nodes named above.</source>
        <translation>El servidor rechazó el flujo de trabajo; corrija los nodos indicados arriba.</translation>
    </message>
    <message>
        <source>answered the prompt with something that is not JSON</source>
        <translation>respondió al prompt con algo que no es JSON</translation>
    </message>
    <message>
        <source>answered the prompt without a prompt_id</source>
        <translation>respondió al prompt sin prompt_id</translation>
    </message>
    <message>
        <source>the prompt history</source>
        <translation>el historial de prompts</translation>
    </message>
    <message>
        <source>sent a prompt history that is not a JSON object</source>
        <translation>envió un historial de prompts que no es un objeto JSON</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>la cola</translation>
    </message>
    <message>
        <source>sent a queue that is not a JSON object</source>
        <translation>envió una cola que no es un objeto JSON</translation>
    </message>
    <message>
        <source>the workflow cannot be written as JSON</source>
        <translation>el flujo de trabajo no se puede escribir como JSON</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>la solicitud se descartó</translation>
    </message>
    <message>
        <source>the system stats</source>
        <translation>las estadísticas del sistema</translation>
    </message>
    <message>
        <source>the node catalogue</source>
        <translation>el catálogo de nodos</translation>
    </message>
    <message>
        <source>sent a node catalogue that is not a JSON object</source>
        <translation>envió un catálogo de nodos que no es un objeto JSON</translation>
    </message>
    <message>
        <source>the upload has no file name</source>
        <translation>la subida no tiene nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is larger than ComfyUI&apos;s 100 MiB upload limit</source>
        <translation>%1 supera el límite de subida de ComfyUI (100 MiB)</translation>
    </message>
    <message>
        <source>the upload reply</source>
        <translation>la respuesta a la subida</translation>
    </message>
    <message>
        <source>answered the upload without the stored file name</source>
        <translation>respondió a la subida sin el nombre del archivo guardado</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>ComfyUiEvents</name>
    <message>
        <source>sent a WebSocket message that cannot be read: %1</source>
        <translation>envió un mensaje WebSocket ilegible: %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>sin &quot;type&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without a data object</source>
        <translation>&quot;%1&quot; sin objeto data</translation>
    </message>
    <message>
        <source>&quot;executing&quot; without a node</source>
        <translation>&quot;executing&quot; sin nodo</translation>
    </message>
    <message>
        <source>&quot;progress_state&quot; without nodes</source>
        <translation>&quot;progress_state&quot; sin nodos</translation>
    </message>
    <message>
        <source>&quot;executed&quot; without a node</source>
        <translation>&quot;executed&quot; sin nodo</translation>
    </message>
    <message>
        <source>a binary frame shorter than its 4-byte type</source>
        <translation>una trama binaria más corta que su tipo de 4 bytes</translation>
    </message>
    <message>
        <source>a preview frame without its image type</source>
        <translation>una trama de vista previa sin tipo de imagen</translation>
    </message>
    <message>
        <source>a preview frame without image bytes</source>
        <translation>una trama de vista previa sin datos de imagen</translation>
    </message>
    <message>
        <source>a text frame without its node id length</source>
        <translation>una trama de texto sin la longitud del id de nodo</translation>
    </message>
    <message>
        <source>a text frame whose node id overruns it</source>
        <translation>una trama de texto cuyo id de nodo se sale de ella</translation>
    </message>
    <message>
        <source>a preview frame without its metadata length</source>
        <translation>una trama de vista previa sin la longitud de sus metadatos</translation>
    </message>
    <message>
        <source>a preview frame whose metadata overruns it</source>
        <translation>una trama de vista previa cuyos metadatos se salen de ella</translation>
    </message>
    <message>
        <source>a preview frame whose metadata is not a JSON object</source>
        <translation>una trama de vista previa cuyos metadatos no son un objeto JSON</translation>
    </message>
</context>
<context>
    <name>ComfyUiOutputPaths</name>
    <message>
        <source>gave an output file name that is not safe to save (&quot;%1&quot;: %2)</source>
        <translation>dio un nombre de archivo de salida que no es seguro guardar («%1»: %2)</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>El archivo no se guardó.</translation>
    </message>
    <message>
        <source>an empty name</source>
        <translation>un nombre vacío</translation>
    </message>
    <message>
        <source>a relative folder reference</source>
        <translation>una referencia relativa a una carpeta</translation>
    </message>
    <message>
        <source>a name longer than 255 bytes</source>
        <translation>un nombre de más de 255 bytes</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>a drive letter or a Windows path separator</source>
        <translation>una letra de unidad o un separador de rutas de Windows</translation>
    </message>
    <message>
        <source>a trailing space or dot</source>
        <translation>un espacio o punto al final</translation>
    </message>
    <message>
        <source>a path instead of a file name</source>
        <translation>una ruta en lugar de un nombre de archivo</translation>
    </message>
    <message>
        <source>an absolute path or a Windows path separator</source>
        <translation>una ruta absoluta o un separador de rutas de Windows</translation>
    </message>
    <message>
        <source>too many nested folders</source>
        <translation>demasiadas carpetas anidadas</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>no se puede crear la carpeta de salida %1</translation>
    </message>
    <message>
        <source>cannot open the output folder %1</source>
        <translation>no se puede abrir la carpeta de salida %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>it would leave the output folder</source>
        <translation>saldría de la carpeta de salida</translation>
    </message>
    <message>
        <source>a link or folder is already there</source>
        <translation>ya hay un enlace o una carpeta allí</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; is it really the studio config?</source>
        <translation>%1 ocupa más de 4 MiB; ¿es de verdad la configuración del estudio?</translation>
    </message>
    <message>
        <source>not saving over %1, which has an error: %2</source>
        <translation>no se sobrescribe %1, que contiene un error: %2</translation>
    </message>
    <message>
        <source>Fix or move the file first.</source>
        <translation>Corrija o mueva primero el archivo.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
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
        <translation>cancelado</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>healthy, with warnings</source>
        <translation>correcto, con advertencias</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>Connection doctor: %1 (%2+%3): %4</source>
        <translation>Diagnóstico de conexión: %1 (%2+%3): %4</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Comprobado a las %1</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>  DNS %1 · connect %2 · TLS %3 · first byte %4 · total %5 · HTTP %6</source>
        <translation>  DNS %1 · conexión %2 · TLS %3 · primer byte %4 · total %5 · HTTP %6</translation>
    </message>
    <message>
        <source>  libcurl: %1 (%2)</source>
        <translation>  libcurl: %1 (%2)</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>compatible con OpenAI</translation>
    </message>
    <message>
        <source>TTS</source>
        <translation>TTS</translation>
    </message>
    <message>
        <source>Prometheus exporter</source>
        <translation>exportador de Prometheus</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocido</translation>
    </message>
    <message>
        <source>is ComfyUI running with --listen?</source>
        <translation>¿se ejecuta ComfyUI con --listen?</translation>
    </message>
    <message>
        <source>is Ollama running, with OLLAMA_HOST=0.0.0.0 when reached from another box?</source>
        <translation>¿está Ollama en marcha, con OLLAMA_HOST=0.0.0.0 si se accede desde otro equipo?</translation>
    </message>
    <message>
        <source>is the server running with --host 0.0.0.0, on this port?</source>
        <translation>¿se ejecuta el servidor con --host 0.0.0.0, en este puerto?</translation>
    </message>
    <message>
        <source>is macmon running as a server (macmon serve), on this port?</source>
        <translation>¿se ejecuta macmon como servidor (macmon serve), en este puerto?</translation>
    </message>
    <message>
        <source>is the %1 server running, on this port?</source>
        <translation>¿está el servidor %1 en marcha, en este puerto?</translation>
    </message>
    <message>
        <source>name not found: check the host name &quot;%1&quot;</source>
        <translation>nombre no encontrado: compruebe el nombre de host «%1»</translation>
    </message>
    <message>
        <source>host unreachable: is the box on, and on this network?</source>
        <translation>host inaccesible: ¿está el equipo encendido y en esta red?</translation>
    </message>
    <message>
        <source>timed out connecting: firewall or wrong port?</source>
        <translation>tiempo de conexión agotado: ¿cortafuegos o puerto equivocado?</translation>
    </message>
    <message>
        <source>connection refused: %1</source>
        <translation>conexión rechazada: %1</translation>
    </message>
    <message>
        <source>connected, but no answer within %1 s: the server is stuck or busy (model loading?)</source>
        <translation>conectado, pero sin respuesta en %1 s: el servidor está bloqueado u ocupado (¿cargando un modelo?)</translation>
    </message>
    <message>
        <source>the answer did not finish within %1 s: the server is stalling</source>
        <translation>la respuesta no terminó en %1 s: el servidor se ha atascado</translation>
    </message>
    <message>
        <source>TLS certificate not trusted: install its CA on this computer, or use the host name the certificate names</source>
        <translation>certificado TLS no confiable: instale su CA en este equipo o use el nombre de host que indica el certificado</translation>
    </message>
    <message>
        <source>TLS handshake failed: is this port plain HTTP (try http://)?</source>
        <translation>falló el protocolo de enlace TLS: ¿este puerto usa HTTP simple (pruebe http://)?</translation>
    </message>
    <message>
        <source>the server closed the connection without answering: wrong port, or is it crashing?</source>
        <translation>el servidor cerró la conexión sin responder: ¿puerto equivocado, o se está bloqueando?</translation>
    </message>
    <message>
        <source>the connection broke off mid-answer: is the server crashing or restarting?</source>
        <translation>la conexión se cortó a mitad de la respuesta: ¿se está bloqueando o reiniciando el servidor?</translation>
    </message>
    <message>
        <source>answers, but not HTTP: wrong port, or does it want https://?</source>
        <translation>responde, pero no en HTTP: ¿puerto equivocado, o requiere https://?</translation>
    </message>
    <message>
        <source>could not reach it: %1</source>
        <translation>no se pudo acceder: %1</translation>
    </message>
    <message>
        <source>HTTP 403: the API key is not allowed here (c41ctl secret set %1)</source>
        <translation>HTTP 403: la clave de API no está permitida aquí (c41ctl secret set %1)</translation>
    </message>
    <message>
        <source>HTTP %1: the API key is missing or wrong (c41ctl secret set %2)</source>
        <translation>HTTP %1: falta la clave de API o es incorrecta (c41ctl secret set %2)</translation>
    </message>
    <message>
        <source>; the config sends no key: add &quot;auth&quot;: &quot;bearer&quot; to the server</source>
        <translation>; la configuración no envía ninguna clave: añada &quot;auth&quot;: &quot;bearer&quot; al servidor</translation>
    </message>
    <message>
        <source>HTTP 503: the server is up but not ready (model loading?)</source>
        <translation>HTTP 503: el servidor funciona pero no está listo (¿cargando un modelo?)</translation>
    </message>
    <message>
        <source>HTTP 503: the server is up but not ready (model loading?): %1</source>
        <translation>HTTP 503: el servidor funciona pero no está listo (¿cargando un modelo?): %1</translation>
    </message>
    <message>
        <source>HTTP %1: the server is up but failing</source>
        <translation>HTTP %1: el servidor funciona pero falla</translation>
    </message>
    <message>
        <source>HTTP %1: the server is up but failing: %2</source>
        <translation>HTTP %1: el servidor funciona pero falla: %2</translation>
    </message>
    <message>
        <source>answers HTTP</source>
        <translation>responde en HTTP</translation>
    </message>
    <message>
        <source>upgrades to a WebSocket: live progress works</source>
        <translation>cambia a WebSocket: el progreso en directo funciona</translation>
    </message>
    <message>
        <source>no WebSocket upgrade (HTTP %1): live progress will not show; does a proxy drop the Upgrade header?</source>
        <translation>no cambia a WebSocket (HTTP %1): no se verá el progreso en directo; ¿descarta un proxy la cabecera Upgrade?</translation>
    </message>
    <message>
        <source>slow first byte (%1 after connecting): model loading?</source>
        <translation>primer byte lento (%1 tras conectar): ¿cargando un modelo?</translation>
    </message>
    <message>
        <source>an Ollama server</source>
        <translation>un servidor Ollama</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server</source>
        <translation>un servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>a ComfyUI server</source>
        <translation>un servidor ComfyUI</translation>
    </message>
    <message>
        <source>a TTS server</source>
        <translation>un servidor TTS</translation>
    </message>
    <message>
        <source>a Prometheus server</source>
        <translation>un servidor Prometheus</translation>
    </message>
    <message>
        <source>a Prometheus exporter</source>
        <translation>un exportador de Prometheus</translation>
    </message>
    <message>
        <source>a macmon server</source>
        <translation>un servidor macmon</translation>
    </message>
    <message>
        <source>a server of its kind</source>
        <translation>un servidor de su tipo</translation>
    </message>
    <message>
        <source>answers, but with more than the doctor reads: not like %1</source>
        <translation>responde, pero con más de lo que lee el diagnóstico: no como %1</translation>
    </message>
    <message>
        <source>answers, but not like %1 (HTTP %2 at %3): wrong port or kind?</source>
        <translation>responde, pero no como %1 (HTTP %2 en %3): ¿puerto o tipo equivocado?</translation>
    </message>
    <message>
        <source>answers, but not like %1: wrong port or kind? (%2)</source>
        <translation>responde, pero no como %1: ¿puerto o tipo equivocado? (%2)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>could not resolve the host name &apos;%1&apos;</source>
        <translation>no se pudo resolver el nombre de host «%1»</translation>
    </message>
    <message>
        <source>Check the host name, or use the box&apos;s IP address.</source>
        <translation>Compruebe el nombre de host o use la dirección IP del equipo.</translation>
    </message>
    <message>
        <source>connection refused at %1</source>
        <translation>conexión rechazada en %1</translation>
    </message>
    <message>
        <source>Is the server running, and listening on the network, not only on 127.0.0.1?</source>
        <translation>¿Está el servidor en marcha y escuchando en la red, no solo en 127.0.0.1?</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>se agotó el tiempo de la conexión con %1</translation>
    </message>
    <message>
        <source>Is the box on and reachable on this network?</source>
        <translation>¿Está el equipo encendido y accesible en esta red?</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>falló TLS: %1</translation>
    </message>
    <message>
        <source>Check the certificate, or use http:// for a LAN server.</source>
        <translation>Compruebe el certificado o use http:// para un servidor de la red local.</translation>
    </message>
    <message>
        <source>the server closed the connection before the reply was complete</source>
        <translation>el servidor cerró la conexión antes de completar la respuesta</translation>
    </message>
    <message>
        <source>The server may have crashed or restarted; try again.</source>
        <translation>Puede que el servidor se haya bloqueado o reiniciado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the reply is not valid HTTP (%1)</source>
        <translation>la respuesta no es HTTP válido (%1)</translation>
    </message>
    <message>
        <source>Check that the URL and port point at the right server.</source>
        <translation>Compruebe que la URL y el puerto apuntan al servidor correcto.</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>error de red: %1</translation>
    </message>
    <message>
        <source>no complete reply within %1 s</source>
        <translation>sin respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>The server may be overloaded or hung.</source>
        <translation>Puede que el servidor esté sobrecargado o bloqueado.</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>el servidor no envió nada durante %1 s</translation>
    </message>
    <message>
        <source>the reply is larger than the %1 MiB limit</source>
        <translation>la respuesta supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the request was dropped</source>
        <translation>la solicitud se descartó</translation>
    </message>
    <message>
        <source>the client is shutting down</source>
        <translation>el cliente se está cerrando</translation>
    </message>
    <message>
        <source>this system has no TLS library for Qt</source>
        <translation>este sistema no tiene una biblioteca TLS para Qt</translation>
    </message>
    <message>
        <source>the URL scheme &apos;%1&apos; is not http or https</source>
        <translation>el esquema de URL &apos;%1&apos; no es http ni https</translation>
    </message>
    <message>
        <source>the server redirects this request (HTTP %1) to %2</source>
        <translation>el servidor redirige esta petición (HTTP %1) a %2</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ninguna parte</translation>
    </message>
    <message>
        <source>Set the server&apos;s URL to where it redirects.</source>
        <translation>Ponga como URL del servidor el destino de la redirección.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>it does not start with an HTTP/1.x status line</source>
        <translation>no empieza con una línea de estado HTTP/1.x</translation>
    </message>
    <message>
        <source>the reply&apos;s status line and headers are longer than %1 bytes</source>
        <translation>la línea de estado y las cabeceras de la respuesta superan los %1 bytes</translation>
    </message>
    <message>
        <source>the status line has no valid status code</source>
        <translation>la línea de estado no tiene un código de estado válido</translation>
    </message>
    <message>
        <source>a header line has no name</source>
        <translation>una línea de cabecera no tiene nombre</translation>
    </message>
    <message>
        <source>unsupported transfer coding &apos;%1&apos;</source>
        <translation>codificación de transferencia no admitida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid Content-Length &apos;%1&apos;</source>
        <translation>Content-Length no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a chunk-size line is longer than %1 bytes</source>
        <translation>una línea de tamaño de fragmento supera los %1 bytes</translation>
    </message>
    <message>
        <source>invalid chunk size &apos;%1&apos;</source>
        <translation>tamaño de fragmento no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a chunk is longer than its declared size</source>
        <translation>un fragmento es más largo que su tamaño declarado</translation>
    </message>
    <message>
        <source>the trailer after the last chunk is too long</source>
        <translation>el trailer tras el último fragmento es demasiado largo</translation>
    </message>
</context>
<context>
    <name>NdjsonDecoder</name>
    <message>
        <source>an NDJSON line exceeded %1</source>
        <translation>una línea NDJSON superó %1</translation>
    </message>
    <message>
        <source>The server&apos;s stream has a line longer than this app accepts; check that the URL points at the right server.</source>
        <translation>El flujo del servidor tiene una línea más larga de lo que esta aplicación acepta; compruebe que la URL apunta al servidor correcto.</translation>
    </message>
</context>
<context>
    <name>NodeErrors</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 en total)</translation>
    </message>
    <message>
        <source>Node </source>
        <translation>Nodo </translation>
    </message>
    <message>
        <source>, input </source>
        <translation>, entrada </translation>
    </message>
    <message>
        <source>: required input is missing</source>
        <translation>: falta una entrada obligatoria</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 está por encima del máximo %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>of the right type</source>
        <translation>un valor del tipo correcto</translation>
    </message>
    <message>
        <source>a valid </source>
        <translation>un valor válido de tipo </translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not %2</source>
        <translation>: «%1» no es %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: «%1» no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>: links to node %1, which is not in the workflow</source>
        <translation>: enlaza con el nodo %1, que no está en el flujo de trabajo</translation>
    </message>
    <message>
        <source>: the linked node gives %1, but this input takes %2</source>
        <translation>: el nodo enlazado da %1, pero esta entrada admite %2</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow without saying why</source>
        <translation>ComfyUI rechazó el flujo de trabajo sin decir por qué</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow: </source>
        <translation>ComfyUI rechazó el flujo de trabajo: </translation>
    </message>
    <message>
        <source> (node %1)</source>
        <translation> (nodo %1)</translation>
    </message>
    <message>
        <source>The server has no node type %1%2: install the custom nodes that provide it, or update ComfyUI</source>
        <translation>El servidor no tiene el tipo de nodo %1%2: instale los nodos personalizados que lo proporcionan o actualice ComfyUI</translation>
    </message>
    <message>
        <source>This workflow needs %1 on the server (node type %2%3)</source>
        <translation>Este flujo de trabajo necesita %1 en el servidor (tipo de nodo %2%3)</translation>
    </message>
    <message>
        <source>The workflow has no output node (SaveImage, SaveVideo, SaveAudio, …), so ComfyUI has nothing to run</source>
        <translation>El flujo de trabajo no tiene ningún nodo de salida (SaveImage, SaveVideo, SaveAudio, …), así que ComfyUI no tiene nada que ejecutar</translation>
    </message>
    <message>
        <source>The request held no workflow (no &quot;prompt&quot; in the body)</source>
        <translation>La solicitud no contenía ningún flujo de trabajo (no hay &quot;prompt&quot; en el cuerpo)</translation>
    </message>
    <message>
        <source>ComfyUI refused the workflow: some nodes have invalid inputs</source>
        <translation>ComfyUI rechazó el flujo de trabajo: algunos nodos tienen entradas no válidas</translation>
    </message>
    <message>
        <source>: refused by the server</source>
        <translation>: rechazado por el servidor</translation>
    </message>
</context>
<context>
    <name>ObjectInfo</name>
    <message>
        <source>The node list (/object_info) is not a JSON object</source>
        <translation>La lista de nodos (/object_info) no es un objeto JSON</translation>
    </message>
    <message>
        <source>Check that this server is ComfyUI.</source>
        <translation>Compruebe que este servidor es ComfyUI.</translation>
    </message>
</context>
<context>
    <name>Prometheus</name>
    <message>
        <source>line %1: longer than %2</source>
        <translation>línea %1: más larga que %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 line without a valid metric name</source>
        <translation>línea %1 sin un nombre de métrica válido</translation>
    </message>
    <message>
        <source>unknown metric type &quot;%1&quot;</source>
        <translation>tipo de métrica desconocido «%1»</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>se esperaba un nombre de métrica</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot;</source>
        <translation>valor no válido «%1»</translation>
    </message>
    <message>
        <source>bad timestamp &quot;%1&quot;</source>
        <translation>marca de tiempo no válida «%1»</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>texto inesperado tras el valor</translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation>se esperaba un nombre de etiqueta</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after a label</source>
        <translation>se esperaba &apos;=&apos; tras una etiqueta</translation>
    </message>
    <message>
        <source>expected a quoted label value</source>
        <translation>se esperaba un valor de etiqueta entre comillas</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>valor de etiqueta sin terminar</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in labels</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en las etiquetas</translation>
    </message>
    <message>
        <source>the query result</source>
        <translation>el resultado de la consulta</translation>
    </message>
    <message>
        <source>query: expected an object</source>
        <translation>query: se esperaba un objeto</translation>
    </message>
    <message>
        <source>query: </source>
        <translation>query: </translation>
    </message>
    <message>
        <source>query: expected a vector result</source>
        <translation>query: se esperaba un resultado de tipo vector</translation>
    </message>
    <message>
        <source>the range query result</source>
        <translation>el resultado de la consulta por rango</translation>
    </message>
    <message>
        <source>query_range: expected an object</source>
        <translation>query_range: se esperaba un objeto</translation>
    </message>
    <message>
        <source>query_range: </source>
        <translation>query_range: </translation>
    </message>
    <message>
        <source>query_range: expected a matrix result</source>
        <translation>query_range: se esperaba un resultado de tipo matriz</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>cannot access the secret &apos;%1&apos;: %2</source>
        <translation>no se puede acceder al secreto «%1»: %2</translation>
    </message>
    <message>
        <source>Is a keyring (GNOME Keyring, KWallet) running and unlocked?</source>
        <translation>¿Hay un llavero (GNOME Keyring, KWallet) en marcha y desbloqueado?</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address</source>
        <translation>«%1» no es una dirección de servidor</translation>
    </message>
    <message>
        <source>Write it as KIND+URL, e.g. ollama+http://mac-studio.local:11434 (kinds: %1).</source>
        <translation>Escríbala como KIND+URL, p. ej. ollama+http://mac-studio.local:11434 (tipos: %1).</translation>
    </message>
    <message>
        <source>unknown server kind &apos;%1&apos;</source>
        <translation>tipo de servidor desconocido «%1»</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>«%1» no es una URL http:// o https:// con host</translation>
    </message>
    <message>
        <source>Write it as KIND+URL, e.g. comfyui+http://forge:8188.</source>
        <translation>Escríbala como KIND+URL, p. ej. comfyui+http://forge:8188.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Check the kind and the port in the server&apos;s address.</source>
        <translation>Compruebe el tipo y el puerto en la dirección del servidor.</translation>
    </message>
    <message>
        <source>no &quot;version&quot;</source>
        <translation>sin &quot;version&quot;</translation>
    </message>
    <message>
        <source>no model list</source>
        <translation>sin lista de modelos</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>ningún modelo</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modelos</translation>
    </message>
    <message>
        <source>no &quot;system&quot; and &quot;devices&quot;</source>
        <translation>sin &quot;system&quot; ni &quot;devices&quot;</translation>
    </message>
    <message>
        <source>no Prometheus metrics</source>
        <translation>sin métricas de Prometheus</translation>
    </message>
    <message numerus="yes">
        <source>%n metric families</source>
        <translation>
            <numerusform>%n familia de métricas</numerusform>
            <numerusform>%n familias de métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n samples</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <source>its status</source>
        <translation>su estado</translation>
    </message>
    <message>
        <source>speech · </source>
        <translation>voz · </translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>sin &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>no &quot;memory&quot; section</source>
        <translation>sin sección &quot;memory&quot;</translation>
    </message>
    <message>
        <source>does not answer like a server of kind %1 (%2)</source>
        <translation>no responde como un servidor de tipo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>an SSE event exceeded %1</source>
        <translation>un evento SSE superó %1</translation>
    </message>
    <message>
        <source>The server sent more data in one event than this app accepts; check the server and request.</source>
        <translation>El servidor envió en un evento más datos de los que esta aplicación acepta; compruebe el servidor y la solicitud.</translation>
    </message>
    <message>
        <source>an SSE line exceeded %1</source>
        <translation>una línea SSE superó %1</translation>
    </message>
    <message>
        <source>The server&apos;s event stream has a line longer than this app accepts; check that the URL points at the right server.</source>
        <translation>El flujo de eventos del servidor tiene una línea más larga de lo que esta aplicación acepta; compruebe que la URL apunta al servidor correcto.</translation>
    </message>
</context>
<context>
    <name>StudioConfig</name>
    <message>
        <source>Fix the file and start again; it was not changed.</source>
        <translation>Corrija el archivo y vuelva a empezar; no se ha modificado.</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>the top level must be an object with &quot;boxes&quot;</source>
        <translation>el nivel superior debe ser un objeto con &quot;boxes&quot;</translation>
    </message>
    <message>
        <source>only version 1 is understood</source>
        <translation>solo se entiende la versión 1</translation>
    </message>
    <message>
        <source>must be a list of boxes</source>
        <translation>debe ser una lista de equipos</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;servers&quot;</source>
        <translation>debe ser un objeto con &quot;name&quot; y &quot;servers&quot;</translation>
    </message>
    <message>
        <source>a box needs a name (text)</source>
        <translation>un equipo necesita un nombre (texto)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, - _ .)</source>
        <translation>«%1» no es un nombre válido (letras, dígitos, - _ .)</translation>
    </message>
    <message>
        <source>box &apos;%1&apos; is named twice</source>
        <translation>el equipo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be a list of servers</source>
        <translation>debe ser una lista de servidores</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;url&quot;</source>
        <translation>debe ser un objeto con &quot;name&quot; y &quot;url&quot;</translation>
    </message>
    <message>
        <source>a server needs a name (text)</source>
        <translation>un servidor necesita un nombre (texto)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is named twice</source>
        <translation>el servidor «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>a server needs a url such as &quot;ollama+http://host:11434&quot;</source>
        <translation>un servidor necesita una URL como &quot;ollama+http://host:11434&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>a role is one of: %1</source>
        <translation>un rol es uno de: %1</translation>
    </message>
    <message>
        <source>must be &quot;none&quot;, &quot;bearer&quot; or &quot;x-api-key&quot; (the key itself goes in the keychain, never in this file)</source>
        <translation>debe ser &quot;none&quot;, &quot;bearer&quot; o &quot;x-api-key&quot; (la clave en sí va en el llavero, nunca en este archivo)</translation>
    </message>
    <message>
        <source>secrets never go in the config file; store the key with &quot;c41ctl secret set %1&quot;</source>
        <translation>los secretos nunca van en el archivo de configuración; guarde la clave con &quot;c41ctl secret set %1&quot;</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos; in the config</source>
        <translation>no hay ningún servidor llamado «%1» en la configuración</translation>
    </message>
    <message>
        <source>Give a KIND+URL such as ollama+http://host:11434, or run with --demo.</source>
        <translation>Indique una KIND+URL como ollama+http://host:11434, o ejecute con --demo.</translation>
    </message>
    <message>
        <source>Known servers: %1; or give a KIND+URL.</source>
        <translation>Servidores conocidos: %1; o indique una KIND+URL.</translation>
    </message>
</context>
<context>
    <name>StudioEditor</name>
    <message>
        <source>there is already a box named &apos;%1&apos;</source>
        <translation>ya hay un equipo llamado «%1»</translation>
    </message>
    <message>
        <source>no box named &apos;%1&apos;</source>
        <translation>no hay ningún equipo llamado «%1»</translation>
    </message>
    <message>
        <source>add a box first: a server runs on a box</source>
        <translation>añada primero un equipo: un servidor se ejecuta en un equipo</translation>
    </message>
    <message>
        <source>there is already a server named &apos;%1&apos;</source>
        <translation>ya hay un servidor llamado «%1»</translation>
    </message>
    <message>
        <source>the server needs a KIND+URL</source>
        <translation>el servidor necesita una KIND+URL</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos;</source>
        <translation>no hay ningún servidor llamado «%1»</translation>
    </message>
</context>
<context>
    <name>StudioSource</name>
    <message>
        <source>Demo lab: simulated servers on this machine</source>
        <translation>Laboratorio de demostración: servidores simulados en esta máquina</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Configuración: %1</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>no Prometheus server for the history</source>
        <translation>no hay servidor Prometheus para el historial</translation>
    </message>
    <message>
        <source>%1 has no prometheus source for a longer history</source>
        <translation>%1 no tiene fuente de Prometheus para un historial más largo</translation>
    </message>
    <message>
        <source>%1 servers are not a telemetry source yet</source>
        <translation>los servidores %1 aún no son una fuente de telemetría</translation>
    </message>
</context>
<context>
    <name>TelemetryAlerts</name>
    <message>
        <source>%1 on %2 is hot: %3 °C</source>
        <translation>%1 en %2 está caliente: %3 °C</translation>
    </message>
    <message>
        <source>%1 on %2 cooled to %3 °C</source>
        <translation>%1 en %2 se enfrió a %3 °C</translation>
    </message>
    <message>
        <source>%1 on %2: memory %3% full</source>
        <translation>%1 en %2: memoria llena al %3 %</translation>
    </message>
    <message>
        <source>%1 on %2: memory back to %3%</source>
        <translation>%1 en %2: memoria de nuevo al %3 %</translation>
    </message>
    <message>
        <source>%1 on %2 is throttling (%3)</source>
        <translation>%1 en %2 está limitando su rendimiento (%3)</translation>
    </message>
    <message>
        <source>%1 on %2 is no longer throttling</source>
        <translation>%1 en %2 ya no limita su rendimiento</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 está desconectado</translation>
    </message>
    <message>
        <source>%1 is back online</source>
        <translation>%1 vuelve a estar conectado</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>This is a ComfyUI UI workflow (saved with Save). Export it with Export (API) and import that file.</source>
        <translation>Este es un flujo de trabajo de ComfyUI en formato de interfaz (guardado con Save). Expórtelo con Export (API) e importe ese archivo.</translation>
    </message>
    <message>
        <source>The workflow file is empty</source>
        <translation>El archivo del flujo de trabajo está vacío</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (en el byte %1)</translation>
    </message>
    <message>
        <source>This is not a JSON file</source>
        <translation>Este no es un archivo JSON</translation>
    </message>
    <message>
        <source>Export the workflow from ComfyUI with Export (API).</source>
        <translation>Exporte el flujo de trabajo desde ComfyUI con Export (API).</translation>
    </message>
    <message>
        <source>This is not a ComfyUI workflow: expected a JSON object of nodes, found %1</source>
        <translation>Este no es un flujo de trabajo de ComfyUI: se esperaba un objeto JSON de nodos y se encontró %1</translation>
    </message>
    <message>
        <source>Node %1 is %2, not a node object</source>
        <translation>El nodo %1 es %2, no un objeto de nodo</translation>
    </message>
    <message>
        <source>Node %1 has no class_type (the node&apos;s type)</source>
        <translation>El nodo %1 no tiene class_type (el tipo del nodo)</translation>
    </message>
    <message>
        <source>Node %1 %2: its inputs are %3, not an object of named inputs</source>
        <translation>Nodo %1 %2: sus entradas son %3, no un objeto de entradas con nombre</translation>
    </message>
    <message>
        <source>The workflow has no nodes</source>
        <translation>El flujo de trabajo no tiene nodos</translation>
    </message>
    <message>
        <source>Node %1, input %2: a link must be [&quot;node id&quot;, output number]</source>
        <translation>Nodo %1, entrada %2: un enlace debe ser [&quot;node id&quot;, output number]</translation>
    </message>
    <message>
        <source>Node %1, input %2 links to node %3, which is not in the workflow</source>
        <translation>Nodo %1, entrada %2 enlaza con el nodo %3, que no está en el flujo de trabajo</translation>
    </message>
    <message>
        <source>Several nodes are titled &quot;%1&quot; (nodes %2)</source>
        <translation>Varios nodos se titulan «%1» (nodos %2)</translation>
    </message>
    <message>
        <source>Use the node id instead.</source>
        <translation>Use en su lugar el id del nodo.</translation>
    </message>
    <message>
        <source>The workflow has no node &quot;%1&quot;</source>
        <translation>El flujo de trabajo no tiene ningún nodo «%1»</translation>
    </message>
    <message>
        <source>Nodes: </source>
        <translation>Nodos: </translation>
    </message>
</context>
<context>
    <name>WorkflowOverrides</name>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 en total)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NODE.input=VALUE</source>
        <translation>«%1» no es NODE.input=VALUE</translation>
    </message>
    <message>
        <source>For example: --set 3.steps=30 or --set &quot;Positive prompt.text=a red fox&quot;</source>
        <translation>Por ejemplo: --set 3.steps=30 o --set &quot;Positive prompt.text=a red fox&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names neither NODE.input nor a parameter of this workflow</source>
        <translation>«%1» no indica ni NODE.input ni un parámetro de este flujo de trabajo</translation>
    </message>
    <message>
        <source>Parameters: </source>
        <translation>Parámetros: </translation>
    </message>
    <message>
        <source>The workflow has no node %1</source>
        <translation>El flujo de trabajo no tiene el nodo %1</translation>
    </message>
    <message>
        <source>Node %1, input %2</source>
        <translation>Nodo %1, entrada %2</translation>
    </message>
    <message>
        <source> is connected to node %1; only values can be set</source>
        <translation> está conectada al nodo %1; solo se pueden fijar valores</translation>
    </message>
    <message>
        <source>Node %1 has no input &quot;%2&quot;</source>
        <translation>El nodo %1 no tiene ninguna entrada «%2»</translation>
    </message>
    <message>
        <source>Its inputs: </source>
        <translation>Sus entradas: </translation>
    </message>
    <message>
        <source> takes a link from another node (%1), not a value</source>
        <translation> admite un enlace desde otro nodo (%1), no un valor</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 está por encima del máximo %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not a whole number</source>
        <translation>: «%1» no es un número entero</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not a number</source>
        <translation>: «%1» no es un número</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not true or false</source>
        <translation>: «%1» no es true ni false</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: «%1» no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>The workflow has several %1 inputs: %2</source>
        <translation>El flujo de trabajo tiene varias entradas de %1: %2</translation>
    </message>
    <message>
        <source>Name one by its id, e.g. %1=FILE</source>
        <translation>Indique una por su id, p. ej. %1=FILE</translation>
    </message>
    <message>
        <source>The workflow has no input file &quot;%1&quot;</source>
        <translation>El flujo de trabajo no tiene ningún archivo de entrada «%1»</translation>
    </message>
    <message>
        <source>It takes no image, audio or video files.</source>
        <translation>No admite archivos de imagen, audio ni vídeo.</translation>
    </message>
</context>
<context>
    <name>WorkflowValidator</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 en total)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>This workflow needs %1 on %2 (nodes %3)</source>
        <translation>Este flujo de trabajo necesita %1 en %2 (nodos %3)</translation>
    </message>
    <message>
        <source>. Install that custom-node pack and restart ComfyUI.</source>
        <translation>. Instale ese paquete de nodos personalizados y reinicie ComfyUI.</translation>
    </message>
    <message>
        <source>. Install it (github.com/%1) and restart ComfyUI.</source>
        <translation>. Instálelo (github.com/%1) y reinicie ComfyUI.</translation>
    </message>
    <message>
        <source>%1 has no node type %2 (node %3). Install the custom nodes that provide it, or update ComfyUI.</source>
        <translation>%1 no tiene el tipo de nodo %2 (nodo %3). Instale los nodos personalizados que lo proporcionan o actualice ComfyUI.</translation>
    </message>
    <message>
        <source>Node %1, input %2</source>
        <translation>Nodo %1, entrada %2</translation>
    </message>
    <message>
        <source> links to node %1, which is not in the workflow</source>
        <translation> enlaza con el nodo %1, que no está en el flujo de trabajo</translation>
    </message>
    <message>
        <source> links to output %1 of node %2, which has only %3 output(s)</source>
        <translation> enlaza con la salida %1 del nodo %2, que solo tiene %3 salida(s)</translation>
    </message>
    <message>
        <source>: node %1 gives %2, but this input takes %3</source>
        <translation>: el nodo %1 da %2, pero esta entrada admite %3</translation>
    </message>
    <message>
        <source>: required value is missing</source>
        <translation>: falta un valor obligatorio</translation>
    </message>
    <message>
        <source>: required input is missing (it needs a link from a node giving %1)</source>
        <translation>: falta una entrada obligatoria (necesita un enlace desde un nodo que dé %1)</translation>
    </message>
    <message>
        <source> takes a link from another node (%1), not the value %2</source>
        <translation> admite un enlace desde otro nodo (%1), no el valor %2</translation>
    </message>
    <message>
        <source>: %1 is not in %2&apos;s input folder; upload it (--input %3.%4=FILE)</source>
        <translation>: %1 no está en la carpeta de entrada (%2); súbalo (--input %3.%4=FILE)</translation>
    </message>
    <message>
        <source>Node %1: model %2 is not on %3; it has: %4</source>
        <translation>Nodo %1: el modelo %2 no está en %3; tiene: %4</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not one of: %2</source>
        <translation>: «%1» no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not %2</source>
        <translation>: «%1» no es %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>: %1 is below the minimum %2</source>
        <translation>: %1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>: %1 is above the maximum %2</source>
        <translation>: %1 está por encima del máximo %2</translation>
    </message>
    <message>
        <source>: %1 is not a %2 value</source>
        <translation>: %1 no es un valor %2</translation>
    </message>
    <message>
        <source>The workflow has no output node (SaveImage, SaveVideo, SaveAudio, VHS_VideoCombine, …), so ComfyUI would have nothing to run</source>
        <translation>El flujo de trabajo no tiene ningún nodo de salida (SaveImage, SaveVideo, SaveAudio, VHS_VideoCombine, …), así que ComfyUI no tendría nada que ejecutar</translation>
    </message>
</context>
<context>
    <name>c41</name>
    <message>
        <source>the prompt (%1 tokens) does not fit the model&apos;s context (%2)</source>
        <translation>el prompt (%1 tokens) no cabe en el contexto del modelo (%2)</translation>
    </message>
    <message>
        <source>Shorten the conversation, or restart the server with a larger context.</source>
        <translation>Acorte la conversación o reinicie el servidor con un contexto mayor.</translation>
    </message>
    <message>
        <source>the chat stream had a line that is not JSON</source>
        <translation>el flujo del chat tenía una línea que no es JSON</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>la conexión se cerró antes de completar la respuesta</translation>
    </message>
    <message>
        <source>the chat stream had an event that is not JSON</source>
        <translation>el flujo del chat tenía un evento que no es JSON</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>el servidor informó de un error</translation>
    </message>
    <message>
        <source>the job database</source>
        <translation>la base de datos de trabajos</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>cannot open the job database</source>
        <translation>no se puede abrir la base de datos de trabajos</translation>
    </message>
    <message>
        <source>it was written by a newer C41 (schema %1, this one knows %2)</source>
        <translation>la escribió una versión más reciente de C41 (esquema %1, esta conoce el %2)</translation>
    </message>
    <message>
        <source>cannot add the job</source>
        <translation>no se puede añadir el trabajo</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>no existe el trabajo %1</translation>
    </message>
    <message>
        <source>job %1 has already finished (%2)</source>
        <translation>el trabajo %1 ya ha terminado (%2)</translation>
    </message>
    <message>
        <source>job %1 is still %2</source>
        <translation>el trabajo %1 sigue en estado «%2»</translation>
    </message>
    <message>
        <source>cannot reorder the queue</source>
        <translation>no se puede reordenar la cola</translation>
    </message>
    <message>
        <source>no speech server named &quot;%1&quot; is configured</source>
        <translation>no hay ningún servidor de voz llamado «%1» configurado</translation>
    </message>
    <message>
        <source>the job has no text</source>
        <translation>el trabajo no tiene texto</translation>
    </message>
    <message>
        <source>the job was released before it was submitted</source>
        <translation>el trabajo se liberó antes de enviarse</translation>
    </message>
    <message>
        <source>speaking on %1</source>
        <translation>generando voz en %1</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <source>the chat database</source>
        <translation>la base de datos de chats</translation>
    </message>
    <message>
        <source>cannot open the chat database</source>
        <translation>no se puede abrir la base de datos de chats</translation>
    </message>
    <message>
        <source>cannot save the conversation</source>
        <translation>no se puede guardar la conversación</translation>
    </message>
    <message>
        <source>cannot read the conversations</source>
        <translation>no se pueden leer las conversaciones</translation>
    </message>
    <message>
        <source>cannot rename the conversation</source>
        <translation>no se puede cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>cannot delete the conversation</source>
        <translation>no se puede eliminar la conversación</translation>
    </message>
    <message>
        <source>cannot save the messages</source>
        <translation>no se pueden guardar los mensajes</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>la conversación no existe</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>no se pueden leer los mensajes</translation>
    </message>
    <message>
        <source>cannot save the message</source>
        <translation>no se puede guardar el mensaje</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>el mensaje no existe</translation>
    </message>
    <message>
        <source>cannot search the chats</source>
        <translation>no se puede buscar en los chats</translation>
    </message>
    <message>
        <source>cannot save the persona</source>
        <translation>no se puede guardar la persona</translation>
    </message>
    <message>
        <source>cannot read the personas</source>
        <translation>no se pueden leer las personas</translation>
    </message>
    <message>
        <source>cannot delete the persona</source>
        <translation>no se puede eliminar la persona</translation>
    </message>
    <message>
        <source>%1 is not an LLM server of this studio</source>
        <translation>%1 no es un servidor LLM de este estudio</translation>
    </message>
    <message>
        <source>One window for every AI box in the studio.</source>
        <translation>Una ventana para cada equipo de IA del estudio.</translation>
    </message>
    <message>
        <source>Run against the built-in demo studio.</source>
        <translation>Funciona con el estudio de demostración integrado.</translation>
    </message>
    <message>
        <source>Read the studio from FILE.</source>
        <translation>Lee el estudio de FILE.</translation>
    </message>
    <message>
        <source>Once the window shows live data, save it and quit: to FILE.png (the dashboard), or one PNG per page into the folder DIR.</source>
        <translation>Cuando la ventana muestre datos en directo, la guarda y sale: en FILE.png (el panel) o un PNG por página en la carpeta DIR.</translation>
    </message>
    <message>
        <source>Open the window at this size (e.g. 1280x800).</source>
        <translation>Abre la ventana con este tamaño (p. ej. 1280x800).</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally where there is no tray).</source>
        <translation>Se inicia oculto en la bandeja del sistema (se muestra normalmente si no hay bandeja).</translation>
    </message>
    <message>
        <source>Log requests to stderr.</source>
        <translation>Registra las solicitudes en stderr.</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>How do I read a Prometheus scrape in Python?</source>
        <translation>¿Cómo leo un scrape de Prometheus en Python?</translation>
    </message>
    <message>
        <source>no ComfyUI server named &quot;%1&quot; is configured</source>
        <translation>no hay ningún servidor ComfyUI llamado «%1» configurado</translation>
    </message>
    <message>
        <source>the job has no workflow</source>
        <translation>el trabajo no tiene flujo de trabajo</translation>
    </message>
    <message>
        <source>the job has no prompt id; retry it</source>
        <translation>el trabajo no tiene id de prompt; reinténtelo</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 dejó de responder: %2</translation>
    </message>
    <message>
        <source>waiting for %1 to answer</source>
        <translation>esperando respuesta de %1</translation>
    </message>
    <message>
        <source>submitting to %1</source>
        <translation>enviando a %1</translation>
    </message>
    <message>
        <source>queued on %1</source>
        <translation>en cola en %1</translation>
    </message>
    <message>
        <source>%1 rejected the workflow: %2</source>
        <translation>%1 rechazó el flujo de trabajo: %2</translation>
    </message>
    <message>
        <source>running %1 on %2</source>
        <translation>ejecutando %1 en %2</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>en curso en %1</translation>
    </message>
    <message>
        <source>waiting on %1 (%2 ahead)</source>
        <translation>esperando en %1 (%2 por delante)</translation>
    </message>
    <message>
        <source>%1 no longer knows prompt %2 (the server restarted?); retry the job</source>
        <translation>%1 ya no conoce el prompt %2 (¿se reinició el servidor?); reintente el trabajo</translation>
    </message>
    <message>
        <source>%1 interrupted the prompt at node %2</source>
        <translation>%1 interrumpió el prompt en el nodo %2</translation>
    </message>
    <message>
        <source>node %1 failed: %2</source>
        <translation>el nodo %1 falló: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>the prompt ended with status &quot;%1&quot;</source>
        <translation>el prompt terminó con el estado «%1»</translation>
    </message>
    <message>
        <source>could not save output %1: %2</source>
        <translation>no se pudo guardar el resultado %1: %2</translation>
    </message>
    <message>
        <source>job %1 is not waiting in the queue (it is %2)</source>
        <translation>el trabajo %1 no está esperando en la cola (estado: %2)</translation>
    </message>
    <message>
        <source>the read was cancelled</source>
        <translation>la lectura se canceló</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>About C41 Control Center</source>
        <translation>Acerca de C41 Control Center</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>no executor can run %1 jobs</source>
        <translation>ningún ejecutor puede ejecutar trabajos de tipo %1</translation>
    </message>
    <message>
        <source>Welcome to the studio. Three renders are ready.</source>
        <translation>Bienvenido al estudio. Hay tres renders listos.</translation>
    </message>
    <message>
        <source>The job queue is off: its database cannot be opened.</source>
        <translation>La cola de trabajos está desactivada: no se puede abrir su base de datos.</translation>
    </message>
</context>
<context>
    <name>c41::app::JobServices</name>
    <message>
        <source>no job database (no writable data folder)</source>
        <translation>no hay base de datos de trabajos (no hay carpeta de datos con permiso de escritura)</translation>
    </message>
    <message>
        <source>set C41_JOBS_DB</source>
        <translation>defina C41_JOBS_DB</translation>
    </message>
</context>
<context>
    <name>c41::backends::ComfyUiRun</name>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>nodo %1 (%2)</translation>
    </message>
    <message>
        <source>the prompt was interrupted at %1</source>
        <translation>el prompt se interrumpió en %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Check that node&apos;s inputs; the server log has the full traceback.</source>
        <translation>Compruebe las entradas de ese nodo; el registro del servidor tiene la traza completa.</translation>
    </message>
    <message>
        <source>cancelled before it was queued</source>
        <translation>cancelado antes de entrar en la cola</translation>
    </message>
    <message>
        <source>cancelled; the prompt was removed from the queue</source>
        <translation>cancelado; el prompt se quitó de la cola</translation>
    </message>
    <message>
        <source>cancelled; the running prompt was interrupted</source>
        <translation>cancelado; se interrumpió el prompt en curso</translation>
    </message>
    <message>
        <source>the job was closed</source>
        <translation>el trabajo se cerró</translation>
    </message>
    <message>
        <source>this job runner is already running a prompt</source>
        <translation>este ejecutor de trabajos ya está ejecutando un prompt</translation>
    </message>
    <message>
        <source>the workflow is not an API-format object of nodes</source>
        <translation>el flujo de trabajo no es un objeto de nodos en formato API</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the prompt ended with status &quot;%1&quot;</source>
        <translation>el prompt terminó con el estado «%1»</translation>
    </message>
    <message>
        <source>the prompt %1 was removed from the queue before it ran</source>
        <translation>el prompt %1 se quitó de la cola antes de ejecutarse</translation>
    </message>
</context>
<context>
    <name>c41::backends::LlmBackend</name>
    <message>
        <source>this server cannot %1 a model through its API</source>
        <translation>este servidor no puede %1 un modelo mediante su API</translation>
    </message>
    <message>
        <source>it loads models on demand or at start-up; use its own tools</source>
        <translation>carga los modelos bajo demanda o al arrancar; use sus propias herramientas</translation>
    </message>
</context>
<context>
    <name>c41::backends::OllamaBackend</name>
    <message>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <source>the model list</source>
        <translation>la lista de modelos</translation>
    </message>
    <message>
        <source>the loaded models</source>
        <translation>los modelos cargados</translation>
    </message>
    <message>
        <source>load</source>
        <translation>cargar</translation>
    </message>
    <message>
        <source>chat with</source>
        <translation>usar para chatear</translation>
    </message>
</context>
<context>
    <name>c41::backends::OpenAiBackend</name>
    <message>
        <source>list</source>
        <translation>listar</translation>
    </message>
    <message>
        <source>the model list</source>
        <translation>la lista de modelos</translation>
    </message>
    <message>
        <source>load</source>
        <translation>cargar</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>fijar</translation>
    </message>
    <message>
        <source>unload</source>
        <translation>descargar</translation>
    </message>
    <message>
        <source>chat with</source>
        <translation>usar para chatear</translation>
    </message>
</context>
<context>
    <name>c41::backends::TtsClient</name>
    <message>
        <source>there is no text to speak</source>
        <translation>no hay texto que pronunciar</translation>
    </message>
    <message>
        <source>no voice given</source>
        <translation>no se indicó ninguna voz</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>no se indicó ningún modelo</translation>
    </message>
    <message>
        <source>unknown audio format &quot;%1&quot; (use one of: %2)</source>
        <translation>formato de audio desconocido «%1» (use uno de: %2)</translation>
    </message>
    <message>
        <source>speed %1 is out of range: 0.25 to 4.0</source>
        <translation>la velocidad %1 está fuera de rango: de 0.25 a 4.0</translation>
    </message>
    <message>
        <source>the client is gone</source>
        <translation>el cliente ya no existe</translation>
    </message>
    <message>
        <source>its model list</source>
        <translation>su lista de modelos</translation>
    </message>
    <message>
        <source>the server lists no model; name one</source>
        <translation>el servidor no lista ningún modelo; indique uno</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>no se indicó ningún archivo de salida</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the server answered without any audio</source>
        <translation>el servidor respondió sin audio</translation>
    </message>
</context>
<context>
    <name>c41::diagnostics::CurlTransfer</name>
    <message>
        <source>libcurl is not installed: install libcurl4 (Debian, Ubuntu), libcurl (Fedora, Arch, Homebrew) or curl for Windows, then test again</source>
        <translation>libcurl no está instalada: instale libcurl4 (Debian, Ubuntu), libcurl (Fedora, Arch, Homebrew) o curl para Windows y vuelva a probar</translation>
    </message>
    <message>
        <source>libcurl could not be initialised</source>
        <translation>no se pudo inicializar libcurl</translation>
    </message>
    <message>
        <source>the libcurl found (%1) is too old for the connection doctor: update libcurl</source>
        <translation>la libcurl encontrada (%1) es demasiado antigua para el diagnóstico de conexión: actualice libcurl</translation>
    </message>
</context>
<context>
    <name>c41::jobs::GpuMemoryFreer</name>
    <message>
        <source>the server is no longer configured</source>
        <translation>el servidor ya no está configurado</translation>
    </message>
    <message>
        <source>%1: models unloaded and GPU memory freed.</source>
        <translation>%1: modelos descargados y memoria de GPU liberada.</translation>
    </message>
    <message>
        <source>%1: left alone, job %2 runs there.</source>
        <translation>%1: sin tocar, allí se ejecuta el trabajo %2.</translation>
    </message>
    <message>
        <source>%1: left alone, another client&apos;s prompt runs there.</source>
        <translation>%1: sin tocar, allí se ejecuta el prompt de otro cliente.</translation>
    </message>
    <message>
        <source>%1: could not free its memory: %2</source>
        <translation>%1: no se pudo liberar su memoria: %2</translation>
    </message>
    <message>
        <source>No ComfyUI server to free.</source>
        <translation>No hay ningún servidor ComfyUI que liberar.</translation>
    </message>
</context>
<context>
    <name>c41::jobs::LlmJobExecutor</name>
    <message>
        <source>the chat was interrupted by a restart; retry it to ask again</source>
        <translation>el chat se interrumpió por un reinicio; reinténtelo para volver a preguntar</translation>
    </message>
    <message>
        <source>no LLM server named &quot;%1&quot; is configured</source>
        <translation>no hay ningún servidor LLM llamado «%1» configurado</translation>
    </message>
    <message>
        <source>the job names no model</source>
        <translation>el trabajo no indica ningún modelo</translation>
    </message>
    <message>
        <source>an LLM server cannot run %1 jobs</source>
        <translation>un servidor LLM no puede ejecutar trabajos de tipo %1</translation>
    </message>
    <message>
        <source>the job has no prompt</source>
        <translation>el trabajo no tiene prompt</translation>
    </message>
    <message>
        <source>the job was released before it was submitted</source>
        <translation>el trabajo se liberó antes de enviarse</translation>
    </message>
    <message>
        <source>asking %1 on %2</source>
        <translation>preguntando a %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <source>could not write the reply to %1</source>
        <translation>no se pudo escribir la respuesta en %1</translation>
    </message>
    <message>
        <source>loading %1 on %2</source>
        <translation>cargando %1 en %2</translation>
    </message>
    <message>
        <source>%1 loaded on %2</source>
        <translation>%1 cargado en %2</translation>
    </message>
    <message>
        <source>only Ollama can pull models; %1 is not an Ollama server</source>
        <translation>solo Ollama puede descargar modelos; %1 no es un servidor Ollama</translation>
    </message>
    <message>
        <source>pulling %1 on %2</source>
        <translation>descargando %1 en %2</translation>
    </message>
    <message>
        <source>the pull progress is not JSON</source>
        <translation>el progreso de la descarga no es JSON</translation>
    </message>
    <message>
        <source>pulling %1</source>
        <translation>descargando %1</translation>
    </message>
    <message>
        <source>%1 ended the pull of %2 without saying it succeeded</source>
        <translation>%1 terminó la descarga de %2 sin indicar que tuviera éxito</translation>
    </message>
    <message>
        <source>%1 pulled on %2</source>
        <translation>%1 descargado en %2</translation>
    </message>
</context>
<context>
    <name>c41::jobs::ServerKeys</name>
    <message>
        <source>the server requires an API key, and no secret store is available</source>
        <translation>el servidor requiere una clave de API y no hay ningún almacén de secretos disponible</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>cerrándose</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s API key: %1</source>
        <translation>no se puede leer la clave de API del servidor: %1</translation>
    </message>
    <message>
        <source>the server requires an API key, and none is stored</source>
        <translation>el servidor requiere una clave de API y no hay ninguna guardada</translation>
    </message>
    <message>
        <source>Store it with: echo &quot;$KEY&quot; | c41ctl secret set %1</source>
        <translation>Guárdela con: echo &quot;$KEY&quot; | c41ctl secret set %1</translation>
    </message>
</context>
<context>
    <name>c41::net::WebSocketChannel</name>
    <message>
        <source>WebSocket connection closed by this app</source>
        <translation>conexión WebSocket cerrada por esta aplicación</translation>
    </message>
    <message>
        <source>not a WebSocket URL: &quot;%1&quot;</source>
        <translation>no es una URL de WebSocket: «%1»</translation>
    </message>
    <message>
        <source>Use a ws:// or wss:// URL with a host.</source>
        <translation>Use una URL ws:// o wss:// con host.</translation>
    </message>
    <message>
        <source>no WebSocket connection to %1 within %2 ms</source>
        <translation>sin conexión WebSocket con %1 en %2 ms</translation>
    </message>
    <message>
        <source>Check that the host is up and reachable from this computer.</source>
        <translation>Compruebe que el host funciona y es accesible desde este equipo.</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 refused (%2)</source>
        <translation>conexión WebSocket con %1 rechazada (%2)</translation>
    </message>
    <message>
        <source>Is the server running, listening on that port, and is the path right?</source>
        <translation>¿Está el servidor en marcha, escuchando en ese puerto, y es correcta la ruta?</translation>
    </message>
    <message>
        <source>host of %1 not found</source>
        <translation>no se encontró el host de %1</translation>
    </message>
    <message>
        <source>Check the host name in the server&apos;s URL.</source>
        <translation>Compruebe el nombre de host en la URL del servidor.</translation>
    </message>
    <message>
        <source>TLS failure opening %1 (%2)</source>
        <translation>fallo de TLS al abrir %1 (%2)</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, or use ws:// on a trusted LAN.</source>
        <translation>Compruebe el certificado del servidor o use ws:// en una red local de confianza.</translation>
    </message>
    <message>
        <source>could not open WebSocket %1 (%2)</source>
        <translation>no se pudo abrir el WebSocket %1 (%2)</translation>
    </message>
    <message>
        <source>a WebSocket message exceeded %1</source>
        <translation>un mensaje WebSocket superó %1</translation>
    </message>
    <message>
        <source>The server sent more in one message than this app accepts.</source>
        <translation>El servidor envió en un mensaje más de lo que esta aplicación acepta.</translation>
    </message>
    <message>
        <source>WebSocket connection lost (%1)</source>
        <translation>se perdió la conexión WebSocket (%1)</translation>
    </message>
    <message>
        <source>WebSocket closed by the server (code %1%2)</source>
        <translation>WebSocket cerrado por el servidor (código %1%2)</translation>
    </message>
</context>
<context>
    <name>c41::studio::ChatSession</name>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>a reply is still streaming</source>
        <translation>todavía se está recibiendo una respuesta</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>no existe la conversación %1</translation>
    </message>
</context>
<context>
    <name>c41::studio::CreateCatalog</name>
    <message>
        <source>not a ComfyUI server of this studio</source>
        <translation>no es un servidor ComfyUI de este estudio</translation>
    </message>
    <message>
        <source>its voice list</source>
        <translation>su lista de voces</translation>
    </message>
    <message>
        <source>its voice list has no &quot;voices&quot;</source>
        <translation>su lista de voces no tiene &quot;voices&quot;</translation>
    </message>
    <message>
        <source>its voice list is not a list</source>
        <translation>su lista de voces no es una lista</translation>
    </message>
</context>
<context>
    <name>c41::studio::ModelCatalog</name>
    <message>
        <source>not an LLM server of this studio</source>
        <translation>no es un servidor LLM de este estudio</translation>
    </message>
    <message>
        <source>%1 is already busy</source>
        <translation>%1 ya está ocupado</translation>
    </message>
</context>
<context>
    <name>c41::ui::AboutDialog</name>
    <message>
        <source>About C41 Control Center</source>
        <translation>Acerca de C41 Control Center</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Development build</source>
        <translation>Versión de desarrollo</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>One window for every AI box in the studio: the servers, their GPUs and models, chat, image, video and speech jobs.</source>
        <translation>Una ventana para cada equipo de IA del estudio: los servidores, sus GPU y modelos, chat, y trabajos de imagen, vídeo y voz.</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; for details.</source>
        <translation>Este programa es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA. Consulte la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt; para más detalles.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Compilado con Qt %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, en ejecución con Qt %2.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Sitio web&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Informar de un problema&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
</context>
<context>
    <name>c41::ui::AlertsForm</name>
    <message>
        <source>When a box goes &amp;offline</source>
        <translation>Cuando un equipo se &amp;desconecta</translation>
    </message>
    <message>
        <source>When a GPU &amp;throttles (power cap, heat or hardware slowdown, a few readings in a row)</source>
        <translation>Cuando una GPU &amp;limita su rendimiento (tope de potencia, calor o freno del hardware, varias lecturas seguidas)</translation>
    </message>
    <message>
        <source>Raise an alert</source>
        <translation>Activar una alerta</translation>
    </message>
    <message>
        <source>GPU temperature alert level</source>
        <translation>Nivel de alerta de temperatura de la GPU</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>GPU &amp;temperature at or above:</source>
        <translation>&amp;Temperatura de la GPU igual o superior a:</translation>
    </message>
    <message>
        <source>Memory full alert level</source>
        <translation>Nivel de alerta de memoria llena</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>GPU or unified &amp;memory filled to:</source>
        <translation>&amp;Memoria de GPU o unificada llena al:</translation>
    </message>
    <message>
        <source>Alerts come as desktop notifications (in the status bar where there is no tray). Each clears 5 °C or 5 points below where it is raised, so a reading that wobbles around the level tells you once.</source>
        <translation>Las alertas llegan como notificaciones de escritorio (en la barra de estado si no hay bandeja). Cada una se retira 5 °C o 5 puntos por debajo de donde se activa, así que una lectura que oscila en torno al nivel avisa solo una vez.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ApiKeysForm</name>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>X-API-Key header</source>
        <translation>Cabecera X-API-Key</translation>
    </message>
    <message>
        <source>no key sent</source>
        <translation>no se envía ninguna clave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar la clave</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Eliminar la clave</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the config file, and are not shown again once stored. Whether a server sends its key, and how, is set with the server under Boxes and servers.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en el archivo de configuración, y no se vuelven a mostrar una vez guardadas. Si un servidor envía su clave, y cómo, se define con el servidor en Equipos y servidores.</translation>
    </message>
    <message>
        <source>Servers and their API keys</source>
        <translation>Servidores y sus claves de API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Sends its key as</source>
        <translation>Envía su clave como</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Pegue la clave aquí</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Mostrar la clave al escribir</translation>
    </message>
    <message>
        <source>Store the API key in the keychain</source>
        <translation>Guardar la clave de API en el llavero</translation>
    </message>
    <message>
        <source>Remove the API key from the keychain</source>
        <translation>Eliminar la clave de API del llavero</translation>
    </message>
    <message>
        <source>API key result</source>
        <translation>Resultado de la clave de API</translation>
    </message>
    <message>
        <source>No keychain is available here: keys cannot be stored.</source>
        <translation>Aquí no hay ningún llavero disponible: no se pueden guardar claves.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Select a server to set its key</source>
        <translation>Seleccione un servidor para definir su clave</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>sin llavero</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesaria</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>error del llavero</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>Storing the key for %1…</source>
        <translation>Guardando la clave de %1…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>The key for %1 is stored in the keychain.</source>
        <translation>La clave de %1 está guardada en el llavero.</translation>
    </message>
    <message>
        <source>The key for %1 is stored, but the server sends no key: choose how it sends it under Boxes and servers.</source>
        <translation>La clave de %1 está guardada, pero el servidor no envía ninguna clave: elija cómo la envía en Equipos y servidores.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>The key for %1 is removed.</source>
        <translation>Se eliminó la clave de %1.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
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
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Box state</source>
        <translation>Estado del equipo</translation>
    </message>
    <message>
        <source>Why the box is greyed</source>
        <translation>Por qué el equipo aparece atenuado</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Esperando las primeras cifras…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Modelos cargados</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2</translation>
    </message>
    <message>
        <source>No telemetry source on this box. Add an exporter, macmon or ComfyUI server to the box in the config to see its GPUs.</source>
        <translation>No hay ninguna fuente de telemetría en este equipo. Añada un exportador, macmon o un servidor ComfyUI al equipo en la configuración para ver sus GPU.</translation>
    </message>
    <message>
        <source>No telemetry</source>
        <translation>Sin telemetría</translation>
    </message>
    <message>
        <source>The box&apos;s sources report no GPU.</source>
        <translation>Las fuentes del equipo no informan de ninguna GPU.</translation>
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
        <translation>carga %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>aún no hay cifras</translation>
    </message>
    <message>
        <source>no telemetry source configured</source>
        <translation>no hay ninguna fuente de telemetría configurada</translation>
    </message>
    <message>
        <source>No figures: the box&apos;s telemetry sources do not answer.</source>
        <translation>Sin cifras: las fuentes de telemetría del equipo no responden.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>No fresh figures since %1.</source>
        <translation>No hay cifras nuevas desde las %1.</translation>
    </message>
    <message>
        <source>No fresh figures.</source>
        <translation>No hay cifras nuevas.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not answering as expected</source>
        <translation>no responde como se esperaba</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Round trip to %1</source>
        <translation>Tiempo de ida y vuelta a %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatMessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Estadísticas de la respuesta</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar el razonamiento</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Reply error</source>
        <translation>Error en la respuesta</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>Pensó durante %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The model gave an empty answer.</source>
        <translation>El modelo dio una respuesta vacía.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatPage</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats…</source>
        <translation>Buscar en los chats…</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar en los chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>History is off</source>
        <translation>El historial está desactivado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Ask anything… (Ctrl+Enter sends)</source>
        <translation>Pregunte lo que quiera… (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Ask again for the last answer (Ctrl+R)</source>
        <translation>Volver a pedir la última respuesta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Regenerar la respuesta</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>Estado del chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>%1  (in memory)</source>
        <translation>%1  (en memoria)</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Sin persona</translation>
    </message>
    <message>
        <source>No LLM server yet.
Add an Ollama or OpenAI-compatible server in Settings to chat with its models.</source>
        <translation>Aún no hay ningún servidor LLM.
Añada un servidor Ollama o compatible con OpenAI en Ajustes para chatear con sus modelos.</translation>
    </message>
    <message>
        <source>No LLM server configured.</source>
        <translation>No hay ningún servidor LLM configurado.</translation>
    </message>
    <message>
        <source>Pick a model above and type below to start a conversation.
Ctrl+Enter sends, Esc stops the answer.</source>
        <translation>Elija un modelo arriba y escriba abajo para empezar una conversación.
Ctrl+Intro envía, Esc detiene la respuesta.</translation>
    </message>
    <message>
        <source>Answering… Esc stops.</source>
        <translation>Respondiendo… Esc detiene.</translation>
    </message>
    <message>
        <source>Waiting for the model list of %1…</source>
        <translation>Esperando la lista de modelos de %1…</translation>
    </message>
</context>
<context>
    <name>c41::ui::ChatTranscript</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>waiting for the first token…</source>
        <translation>esperando el primer token…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>primer token %1</translation>
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
        <translation>código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Copiar el código al portapapeles</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>c41::ui::ConnectionDoctorDialog</name>
    <message>
        <source>Test connection: %1</source>
        <translation>Probar la conexión: %1</translation>
    </message>
    <message>
        <source>Connection doctor</source>
        <translation>Diagnóstico de conexión</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Volver a ejecutar la comprobación</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Copiar el informe al portapapeles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>The connection doctor is not available.</source>
        <translation>El diagnóstico de conexión no está disponible.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Healthy: every endpoint answers as it should.</source>
        <translation>Correcto: cada endpoint responde como debe.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Works, but: %1</source>
        <translation>Funciona, pero: %1</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>HTTP %1 · total %2</source>
        <translation>HTTP %1 · total %2</translation>
    </message>
    <message>
        <source>no HTTP answer · %1</source>
        <translation>sin respuesta HTTP · %1</translation>
    </message>
    <message>
        <source>Phases of %1</source>
        <translation>Fases de %1</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnóstico de %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>c41::ui::CreatePage</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Refresh server data</source>
        <translation>Actualizar los datos de los servidores</translation>
    </message>
    <message>
        <source>Ask the ComfyUI and speech servers again for their nodes, models and voices (F5)</source>
        <translation>Volver a pedir a los servidores ComfyUI y de voz sus nodos, modelos y voces (F5)</translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation>&amp;Importar flujo de trabajo…</translation>
    </message>
    <message>
        <source>Open a ComfyUI workflow saved with Export (API)</source>
        <translation>Abrir un flujo de trabajo de ComfyUI guardado con Export (API)</translation>
    </message>
    <message>
        <source>Import a workflow file</source>
        <translation>Importar un archivo de flujo de trabajo</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
    </message>
    <message>
        <source>Where to run it</source>
        <translation>Dónde ejecutarlo</translation>
    </message>
    <message>
        <source>&amp;Run on</source>
        <translation>&amp;Ejecutar en</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Lip-sync</source>
        <translation>Sincronización labial</translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation>Vídeo a audio</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Server check</source>
        <translation>Comprobación del servidor</translation>
    </message>
    <message>
        <source>Nothing to create yet</source>
        <translation>Aún no hay nada que crear</translation>
    </message>
    <message>
        <source>Problems with the workflow</source>
        <translation>Problemas con el flujo de trabajo</translation>
    </message>
    <message>
        <source>Why Submit is off</source>
        <translation>Por qué Enviar está desactivado</translation>
    </message>
    <message>
        <source>Submit result</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <source>Open in &amp;Jobs</source>
        <translation>Abrir en T&amp;rabajos</translation>
    </message>
    <message>
        <source>Open the queued job on the Jobs page</source>
        <translation>Abrir el trabajo en cola en la página Trabajos</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Envi&amp;ar</translation>
    </message>
    <message>
        <source>Submit the job</source>
        <translation>Enviar el trabajo</translation>
    </message>
    <message>
        <source>Queue the job (Ctrl+Enter)</source>
        <translation>Poner el trabajo en cola (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importado de %1.</translation>
    </message>
    <message>
        <source>Import a ComfyUI workflow</source>
        <translation>Importar un flujo de trabajo de ComfyUI</translation>
    </message>
    <message>
        <source>ComfyUI API workflows (*.json)</source>
        <translation>Flujos de trabajo de API de ComfyUI (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Any server that can run it</source>
        <translation>Cualquier servidor que pueda ejecutarlo</translation>
    </message>
    <message>
        <source>Box %1 (any of its servers)</source>
        <translation>Equipo %1 (cualquiera de sus servidores)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open &lt;b&gt;Settings&lt;/b&gt; and add a server to a box: ComfyUI as &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, a speech server (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) as &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abra &lt;b&gt;Ajustes&lt;/b&gt; y añada un servidor a un equipo: ComfyUI como &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, un servidor de voz (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) como &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a ComfyUI or speech server in Settings first.</source>
        <translation>Añada primero un servidor ComfyUI o de voz en Ajustes.</translation>
    </message>
    <message>
        <source>A voice of a speech server reads your text; the take is saved with the job and can be the voice of a lip-sync.</source>
        <translation>Una voz de un servidor de voz lee su texto; la toma se guarda con el trabajo y puede ser la voz de una sincronización labial.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No speech server yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún servidor de voz&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a speech server in Settings first.</source>
        <translation>Añada primero un servidor de voz en Ajustes.</translation>
    </message>
    <message>
        <source>Asking %1 for its voices…</source>
        <translation>Pidiendo a %1 sus voces…</translation>
    </message>
    <message>
        <source>%1 does not list its voices: these are OpenAI&apos;s names. Type the name your server uses if it is not among them.</source>
        <translation>%1 no lista sus voces: estos son los nombres de OpenAI. Escriba el nombre que usa su servidor si no está entre ellos.</translation>
    </message>
    <message>
        <source>Pick a template</source>
        <translation>Elija una plantilla</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pick a template on the left&lt;/h2&gt;&lt;p&gt;or import a workflow saved from ComfyUI with &lt;b&gt;Export (API)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Elija una plantilla a la izquierda&lt;/h2&gt;&lt;p&gt;o importe un flujo de trabajo guardado desde ComfyUI con &lt;b&gt;Export (API)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pick a template first.</source>
        <translation>Elija primero una plantilla.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Necesita %1.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No ComfyUI server yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún servidor ComfyUI&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Add a ComfyUI server in Settings first.</source>
        <translation>Añada primero un servidor ComfyUI en Ajustes.</translation>
    </message>
    <message>
        <source>No ComfyUI server runs on %1.</source>
        <translation>En %1 no se ejecuta ningún servidor ComfyUI.</translation>
    </message>
    <message>
        <source>Drop or choose a file.</source>
        <translation>Suelte o elija un archivo.</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>Escriba un prompt.</translation>
    </message>
    <message>
        <source>%1 has no file %2: drop or choose one.</source>
        <translation>%1 no tiene el archivo %2: suelte o elija uno.</translation>
    </message>
    <message>
        <source>Checked against %1.</source>
        <translation>Comprobado con %1.</translation>
    </message>
    <message>
        <source>Asking %1 for its nodes and models…</source>
        <translation>Pidiendo a %1 sus nodos y modelos…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Sin comprobar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n marked field(s) first.</source>
        <translation>
            <numerusform>Corrija primero el campo marcado.</numerusform>
            <numerusform>Corrija primero los %n campos marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would refuse this workflow (see above).</source>
        <translation>%1 rechazaría este flujo de trabajo (véase arriba).</translation>
    </message>
    <message>
        <source>The job queue is off (no job database), so nothing can be queued.</source>
        <translation>La cola de trabajos está desactivada (no hay base de datos de trabajos), así que no se puede poner nada en cola.</translation>
    </message>
    <message>
        <source>%1 must answer before the input files can go to it.</source>
        <translation>%1 debe responder antes de poder enviarle los archivos de entrada.</translation>
    </message>
    <message>
        <source>Checked against %1; the input files go there and so does the job.</source>
        <translation>Comprobado con %1; los archivos de entrada van allí, y también el trabajo.</translation>
    </message>
    <message>
        <source>No speech server runs on %1.</source>
        <translation>En %1 no se ejecuta ningún servidor de voz.</translation>
    </message>
    <message>
        <source>Write what the voice should say.</source>
        <translation>Escriba lo que debe decir la voz.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Demasiado largo: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>Pick or type a voice.</source>
        <translation>Elija o escriba una voz.</translation>
    </message>
    <message>
        <source>%1 has no voice &quot;%2&quot;.</source>
        <translation>%1 no tiene la voz «%2».</translation>
    </message>
    <message>
        <source>Job #%1 is queued…</source>
        <translation>El trabajo #%1 se está poniendo en cola…</translation>
    </message>
    <message>
        <source>Queued as job #%1.</source>
        <translation>En cola como trabajo #%1.</translation>
    </message>
    <message>
        <source>This kind of workflow cannot be queued.</source>
        <translation>Este tipo de flujo de trabajo no se puede poner en cola.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>Subiendo %1 a %2…</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>No se puso en cola: %1</translation>
    </message>
    <message>
        <source>The job queue is off.</source>
        <translation>La cola de trabajos está desactivada.</translation>
    </message>
    <message>
        <source>Job #%1 on %2: %3</source>
        <translation>Trabajo #%1 en %2: %3</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>hablando…</translation>
    </message>
    <message>
        <source>Job #%1 %2: %3</source>
        <translation>Trabajo #%1 %2: %3</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <source>TTS take</source>
        <translation>Toma de TTS</translation>
    </message>
    <message>
        <source>Use the audio of a text-to-speech job, or make a new one</source>
        <translation>Usar el audio de un trabajo de texto a voz o crear uno nuevo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No ComfyUI or speech server yet&lt;/h2&gt;&lt;p&gt;Open &lt;b&gt;Settings&lt;/b&gt; and add a server to a box: ComfyUI as &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, a speech server (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) as &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Templates for images, videos, lip-sync and video to audio, and text to speech, appear here once one is configured.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún servidor ComfyUI ni de voz&lt;/h2&gt;&lt;p&gt;Abra &lt;b&gt;Ajustes&lt;/b&gt; y añada un servidor a un equipo: ComfyUI como &lt;code&gt;comfyui+http://host:8188&lt;/code&gt;, un servidor de voz (Kokoro-FastAPI, openedai-speech, vLLM-Omni…) como &lt;code&gt;tts+http://host:8880&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Las plantillas de imágenes, vídeos, sincronización labial y vídeo a audio, y de texto a voz, aparecen aquí en cuanto se configura uno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No ComfyUI or speech server configured</source>
        <translation>No hay ningún servidor ComfyUI ni de voz configurado</translation>
    </message>
    <message>
        <source>Only %1 of these servers has the nodes it needs; the job goes there.</source>
        <translation>Solo %1, de entre estos servidores, tiene los nodos que necesita; el trabajo va allí.</translation>
    </message>
</context>
<context>
    <name>c41::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>No boxes to show yet.

Describe your boxes and their servers in the config file (see Settings), or start the app with --demo to see a studio at work.</source>
        <translation>Aún no hay equipos que mostrar.

Describa sus equipos y sus servidores en el archivo de configuración (véase Ajustes) o inicie la aplicación con --demo para ver un estudio en acción.</translation>
    </message>
    <message>
        <source>1 box</source>
        <translation>1 equipo</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>%1 equipos</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Uso de la GPU</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, de %3)</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>desactualizado desde las %1</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>limitado</translation>
    </message>
    <message>
        <source>throttled: %1</source>
        <translation>limitado: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>Unified memory</source>
        <translation>Memoria unificada</translation>
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
        <translation>total desconocido</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificada</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>caliente</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>of %1 W</source>
        <translation>de %1 W</translation>
    </message>
    <message>
        <source>no limit known</source>
        <translation>límite desconocido</translation>
    </message>
</context>
<context>
    <name>c41::ui::GalleryModel</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 · job %5</source>
        <translation>%1
%2 · %3 · %4 · trabajo %5</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sin servidor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no job database.</source>
        <translation>No hay base de datos de trabajos.</translation>
    </message>
</context>
<context>
    <name>c41::ui::GalleryPage</name>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy parameters</source>
        <translation>&amp;Copiar los parámetros</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <source>Filter by server</source>
        <translation>Filtrar por servidor</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Search prompts and parameters…</source>
        <translation>Buscar en los prompts y parámetros…</translation>
    </message>
    <message>
        <source>Search outputs</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Open the selected output</source>
        <translation>Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Open the file in its application (double-click, Return)</source>
        <translation>Abrir el archivo en su aplicación (doble clic, Intro)</translation>
    </message>
    <message>
        <source>Reveal the selected output&apos;s folder</source>
        <translation>Mostrar la carpeta del resultado seleccionado</translation>
    </message>
    <message>
        <source>Open the folder holding the file</source>
        <translation>Abrir la carpeta que contiene el archivo</translation>
    </message>
    <message>
        <source>Copy the job&apos;s parameters</source>
        <translation>Copiar los parámetros del trabajo</translation>
    </message>
    <message>
        <source>Copy the parameters of the job that made it, as JSON (Ctrl+Shift+C)</source>
        <translation>Copiar como JSON los parámetros del trabajo que lo generó (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Run the job again</source>
        <translation>Volver a ejecutar el trabajo</translation>
    </message>
    <message>
        <source>Queue a new job with the same parameters (Ctrl+R)</source>
        <translation>Poner en cola un trabajo nuevo con los mismos parámetros (Ctrl+R)</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Gallery summary</source>
        <translation>Resumen de la galería</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reveal in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>Copiar los parámetros</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>No outputs match these filters.</source>
        <translation>Ningún resultado coincide con estos filtros.</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar los filtros</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing made yet&lt;/h2&gt;&lt;p&gt;Create an image on the Create page (or queue one with &lt;code&gt;c41ctl jobs add&lt;/code&gt;): every picture, video and sound the studio makes lands here, with the prompt and settings that made it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no se ha creado nada&lt;/h2&gt;&lt;p&gt;Cree una imagen en la página Crear (o póngala en cola con &lt;code&gt;c41ctl jobs add&lt;/code&gt;): cada imagen, vídeo y sonido que genera el estudio llega aquí, con el prompt y los ajustes que lo generaron.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing made yet</source>
        <translation>Aún no se ha creado nada</translation>
    </message>
    <message>
        <source>Go to &amp;Create</source>
        <translation>Ir a C&amp;rear</translation>
    </message>
    <message>
        <source>Go to the Create page</source>
        <translation>Ir a la página Crear</translation>
    </message>
    <message>
        <source>Reading the job history…</source>
        <translation>Leyendo el historial de trabajos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n output(s)</source>
        <translation>
            <numerusform>%1 de %n resultado</numerusform>
            <numerusform>%1 de %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 runs again as job %2: see the Jobs page.</source>
        <translation>El trabajo %1 se vuelve a ejecutar como trabajo %2: véase la página Trabajos.</translation>
    </message>
    <message>
        <source>Job %1 could not run again: %2</source>
        <translation>No se pudo volver a ejecutar el trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>The parameters of job %1 are on the clipboard.</source>
        <translation>Los parámetros del trabajo %1 están en el portapapeles.</translation>
    </message>
    <message>
        <source>Queueing job %1 again…</source>
        <translation>Volviendo a poner en cola el trabajo %1…</translation>
    </message>
</context>
<context>
    <name>c41::ui::HistoryChart</name>
    <message>
        <source>Collecting history…</source>
        <translation>Recopilando el historial…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
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
        <translation>Mostrar la última hora</translation>
    </message>
    <message>
        <source>Show the last %1 minutes</source>
        <translation>Mostrar los últimos %1 minutos</translation>
    </message>
    <message>
        <source>Utilisation and memory history</source>
        <translation>Historial de uso y memoria</translation>
    </message>
    <message>
        <source>%1 utilisation</source>
        <translation>Uso de %1</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>Memoria de %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
</context>
<context>
    <name>c41::ui::HostDetectPanel</name>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detectar</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Añadir los seleccionados</translation>
    </message>
    <message>
        <source>Add to &amp;box:</source>
        <translation>Añadir al &amp;equipo:</translation>
    </message>
    <message>
        <source>Add servers on a host</source>
        <translation>Añadir servidores de un host</translation>
    </message>
    <message>
        <source>Give a box&apos;s host name: its standard ports are tried (Ollama, llama.cpp, ComfyUI, exporters, macmon…). Add :PORT for a server on another port.</source>
        <translation>Indique el nombre de host de un equipo: se prueban sus puertos estándar (Ollama, llama.cpp, ComfyUI, exportadores, macmon…). Añada :PORT para un servidor en otro puerto.</translation>
    </message>
    <message>
        <source>Host name to detect servers on</source>
        <translation>Nombre de host en el que detectar servidores</translation>
    </message>
    <message>
        <source>e.g. mac-studio.local or 192.168.1.20:8188</source>
        <translation>p. ej. mac-studio.local o 192.168.1.20:8188</translation>
    </message>
    <message>
        <source>Detect servers on the host</source>
        <translation>Detectar servidores en el host</translation>
    </message>
    <message>
        <source>Detecting servers</source>
        <translation>Detectando servidores</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Resultado de la detección</translation>
    </message>
    <message>
        <source>Servers found on the host</source>
        <translation>Servidores encontrados en el host</translation>
    </message>
    <message>
        <source>Box to add the found servers to (type a new name for a new box)</source>
        <translation>Equipo al que añadir los servidores encontrados (escriba un nombre nuevo para un equipo nuevo)</translation>
    </message>
    <message>
        <source>Add the ticked servers to the box</source>
        <translation>Añadir al equipo los servidores marcados</translation>
    </message>
    <message>
        <source>Trying the ports on %1…</source>
        <translation>Probando los puertos de %1…</translation>
    </message>
    <message>
        <source>Nothing answered on %1. Is the box on, and are its servers listening on the network (not only on localhost)?</source>
        <translation>Nada respondió en %1. ¿Está el equipo encendido y sus servidores escuchan en la red (no solo en localhost)?</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on %1. Untick any you do not want.</source>
        <translation>
            <numerusform>Se encontró %n servidor en %1. Desmárquelo si no lo quiere.</numerusform>
            <numerusform>Se encontraron %n servidores en %1. Desmarque los que no quiera.</numerusform>
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
        <translation>Indique un nombre de host o una dirección, opcionalmente con :PORT.</translation>
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
        <translation>cancelando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>n.º %1 en la cola</translation>
    </message>
    <message>
        <source>The next job to run</source>
        <translation>El próximo trabajo que se ejecutará</translation>
    </message>
</context>
<context>
    <name>c41::ui::JobsPage</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 campos}</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Re&amp;veal output</source>
        <translation>&amp;Mostrar el resultado</translation>
    </message>
    <message>
        <source>&amp;Pause queue</source>
        <translation>&amp;Pausar la cola</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Pending or running</source>
        <translation>Pendientes o en curso</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Failed or lost</source>
        <translation>Fallidos o perdidos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>Buscar en los prompts…</translation>
    </message>
    <message>
        <source>Search job prompts</source>
        <translation>Buscar en los prompts de los trabajos</translation>
    </message>
    <message>
        <source>Pause or resume the queue</source>
        <translation>Pausar o reanudar la cola</translation>
    </message>
    <message>
        <source>Queued jobs wait while the queue is paused; running jobs finish</source>
        <translation>Los trabajos en cola esperan mientras la cola está en pausa; los que están en curso terminan</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Cancelar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>A queued job is cancelled; a running one is interrupted</source>
        <translation>Un trabajo en cola se cancela; uno en curso se interrumpe</translation>
    </message>
    <message>
        <source>Retry the selected job</source>
        <translation>Reintentar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Queue a failed, lost or cancelled job again</source>
        <translation>Volver a poner en cola un trabajo fallido, perdido o cancelado</translation>
    </message>
    <message>
        <source>Run the selected job again</source>
        <translation>Volver a ejecutar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Queue a new job with the same parameters</source>
        <translation>Poner en cola un trabajo nuevo con los mismos parámetros</translation>
    </message>
    <message>
        <source>Reveal the selected job&apos;s output folder</source>
        <translation>Mostrar la carpeta de resultados del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Open the folder holding the job&apos;s outputs</source>
        <translation>Abrir la carpeta que contiene los resultados del trabajo</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Jobs summary</source>
        <translation>Resumen de los trabajos</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Seleccione un trabajo para ver sus detalles.</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>Trabajo seleccionado</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Estado del trabajo</translation>
    </message>
    <message>
        <source>Job server</source>
        <translation>Servidor del trabajo</translation>
    </message>
    <message>
        <source>Job times</source>
        <translation>Tiempos del trabajo</translation>
    </message>
    <message>
        <source>Job parameters</source>
        <translation>Parámetros del trabajo</translation>
    </message>
    <message>
        <source>Job error</source>
        <translation>Error del trabajo</translation>
    </message>
    <message>
        <source>Job outputs</source>
        <translation>Resultados del trabajo</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Haga doble clic en un archivo para abrirlo</translation>
    </message>
    <message>
        <source>Reveal the output folder</source>
        <translation>Mostrar la carpeta de resultados</translation>
    </message>
    <message>
        <source>Open the folder holding these files</source>
        <translation>Abrir la carpeta que contiene estos archivos</translation>
    </message>
    <message>
        <source>Job preview</source>
        <translation>Vista previa del trabajo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aún no hay trabajos</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Trabajo %1 · %2</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
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
        <translation>, faltan unos %1</translation>
    </message>
    <message>
        <source> — the queue is paused</source>
        <translation> — la cola está en pausa</translation>
    </message>
    <message>
        <source> — waiting for a server</source>
        <translation> — esperando un servidor</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (intento %1)</translation>
    </message>
    <message>
        <source>Target: %1 (no server chosen yet)</source>
        <translation>Destino: %1 (aún no se ha elegido servidor)</translation>
    </message>
    <message>
        <source>Server: %1 (target: %2)</source>
        <translation>Servidor: %1 (destino: %2)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciado %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>duró %1</translation>
    </message>
    <message>
        <source>Resume &amp;queue</source>
        <translation>Re&amp;anudar la cola</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 trabajo</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 trabajos</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>queue paused</source>
        <translation>cola en pausa</translation>
    </message>
    <message>
        <source>%1 match the filter</source>
        <translation>%1 coinciden con el filtro</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>Se canceló el trabajo %1.</translation>
    </message>
    <message>
        <source>Job %1 is being interrupted on its server…</source>
        <translation>Se está interrumpiendo el trabajo %1 en su servidor…</translation>
    </message>
    <message>
        <source>Job %1 runs again as job %2.</source>
        <translation>El trabajo %1 se vuelve a ejecutar como trabajo %2.</translation>
    </message>
    <message>
        <source>Job %1 is retried as job %2.</source>
        <translation>El trabajo %1 se reintenta como trabajo %2.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>The queue runs again.</source>
        <translation>La cola vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The queue is paused: queued jobs wait; running jobs finish.</source>
        <translation>La cola está en pausa: los trabajos en cola esperan; los que están en curso terminan.</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Al pr&amp;incipio</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Al &amp;final</translation>
    </message>
    <message>
        <source>&amp;Free GPU memory</source>
        <translation>&amp;Liberar memoria de GPU</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Al principio</translation>
    </message>
    <message>
        <source>Run the selected queued job before all others</source>
        <translation>Ejecutar el trabajo en cola seleccionado antes que todos los demás</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run the selected queued job one place sooner</source>
        <translation>Ejecutar el trabajo en cola seleccionado un puesto antes</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run the selected queued job one place later</source>
        <translation>Ejecutar el trabajo en cola seleccionado un puesto después</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Run the selected queued job after all others</source>
        <translation>Ejecutar el trabajo en cola seleccionado después de todos los demás</translation>
    </message>
    <message>
        <source>Queue order:</source>
        <translation>Orden de la cola:</translation>
    </message>
    <message>
        <source>Free GPU memory on idle ComfyUI servers</source>
        <translation>Liberar la memoria de GPU de los servidores ComfyUI inactivos</translation>
    </message>
    <message>
        <source>While the queue is paused: unload the models of every ComfyUI server that runs no job, so other work can use its GPU</source>
        <translation>Mientras la cola está en pausa: descargar los modelos de cada servidor ComfyUI que no ejecuta ningún trabajo, para que otras tareas puedan usar su GPU</translation>
    </message>
    <message>
        <source>Job %1 runs next.</source>
        <translation>El trabajo %1 se ejecuta a continuación.</translation>
    </message>
    <message>
        <source>Job %1 is now number %2 in the queue.</source>
        <translation>El trabajo %1 es ahora el número %2 de la cola.</translation>
    </message>
    <message>
        <source>Freeing GPU memory…</source>
        <translation>Liberando memoria de GPU…</translation>
    </message>
    <message numerus="yes">
        <source>Freeing the GPU memory of %n ComfyUI server(s)…</source>
        <translation>
            <numerusform>Liberando la memoria de GPU de %n servidor ComfyUI…</numerusform>
            <numerusform>Liberando la memoria de GPU de %n servidores ComfyUI…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No jobs yet&lt;/h2&gt;&lt;p&gt;Make an image, a video, a lip-sync or speech on the Create page (or queue one with &lt;code&gt;c41ctl jobs add&lt;/code&gt;): jobs appear here, run on the studio&apos;s servers, and keep their outputs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay trabajos&lt;/h2&gt;&lt;p&gt;Cree una imagen, un vídeo, una sincronización labial o voz en la página Crear (o ponga uno en cola con &lt;code&gt;c41ctl jobs add&lt;/code&gt;): los trabajos aparecen aquí, se ejecutan en los servidores del estudio y conservan sus resultados.&lt;/p&gt;</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Unloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Pinning…</source>
        <translation>Fijando…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>En memoria</translation>
    </message>
    <message>
        <source>100% GPU</source>
        <translation>100 % GPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>%1% GPU</source>
        <translation>%1 % GPU</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>unloads in %1 s</source>
        <translation>se descarga en %1 s</translation>
    </message>
    <message>
        <source>unloads in %1 min</source>
        <translation>se descarga en %1 min</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Family · params</source>
        <translation>Familia · parámetros</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Cuant.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
</context>
<context>
    <name>c41::ui::LoadedModelsList</name>
    <message>
        <source>No model is loaded on this box.</source>
        <translation>No hay ningún modelo cargado en este equipo.</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Modelos cargados</translation>
    </message>
    <message>
        <source>Unload result</source>
        <translation>Resultado de la descarga</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Unload %1 from %2</source>
        <translation>Descargar %1 de %2</translation>
    </message>
    <message>
        <source>Free the memory %1 holds on %2</source>
        <translation>Liberar la memoria que ocupa %1 en %2</translation>
    </message>
    <message>
        <source>Unloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Unloading %1 from %2…</source>
        <translation>Descargando %1 de %2…</translation>
    </message>
    <message>
        <source>Unloaded %1 from %2.</source>
        <translation>%1 descargado de %2.</translation>
    </message>
    <message>
        <source>Could not unload %1 from %2: %3</source>
        <translation>No se pudo descargar %1 de %2: %3</translation>
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
        <translation>tamaño desconocido</translation>
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
        <translation>fijado</translation>
    </message>
    <message>
        <source>no idle timer</source>
        <translation>sin temporizador de inactividad</translation>
    </message>
    <message>
        <source>unloading now</source>
        <translation>descargándose ahora</translation>
    </message>
    <message>
        <source>unloads in %1 s</source>
        <translation>se descarga en %1 s</translation>
    </message>
    <message>
        <source>unloads in %1 min</source>
        <translation>se descarga en %1 min</translation>
    </message>
    <message>
        <source>unloads in %1 h %2 min</source>
        <translation>se descarga en %1 h %2 min</translation>
    </message>
    <message>
        <source>unloads in %1 days</source>
        <translation>se descarga en %1 días</translation>
    </message>
    <message>
        <source>%1 (%2% on GPU)</source>
        <translation>%1 (%2 % en la GPU)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Unloads</source>
        <translation>Descarga</translation>
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
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Studio source</source>
        <translation>Origen del estudio</translation>
    </message>
    <message>
        <source>Servers up</source>
        <translation>Servidores activos</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No servers configured yet</source>
        <translation>Aún no hay servidores configurados</translation>
    </message>
    <message>
        <source>All %1 servers are up</source>
        <translation>Los %1 servidores están activos</translation>
    </message>
    <message>
        <source>%1 of %2 servers are up</source>
        <translation>%1 de %2 servidores están activos</translation>
    </message>
</context>
<context>
    <name>c41::ui::MediaDropZone</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>%1 input: drop a file or browse</source>
        <translation>Entrada de %1: suelte un archivo o examine</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Browse for the %1 file</source>
        <translation>Buscar el archivo de %1</translation>
    </message>
    <message>
        <source>Choose a file on this computer; it is uploaded when you submit</source>
        <translation>Elija un archivo de este equipo; se sube al enviar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the %1 file</source>
        <translation>Quitar el archivo de %1</translation>
    </message>
    <message>
        <source>Forget the chosen file</source>
        <translation>Olvidar el archivo elegido</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>%1 is not a file of this kind (%2).</source>
        <translation>%1 no es un archivo de este tipo (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>Archivos de %1 (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the %1 file</source>
        <translation>Elegir el archivo de %1</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>Suelte una imagen aquí</translation>
    </message>
    <message>
        <source>Drop an audio file here</source>
        <translation>Suelte un archivo de audio aquí</translation>
    </message>
    <message>
        <source>Drop a video here</source>
        <translation>Suelte un vídeo aquí</translation>
    </message>
    <message>
        <source>or browse for one</source>
        <translation>o busque uno</translation>
    </message>
    <message>
        <source>or browse for one; until then the workflow uses %1 on the server</source>
        <translation>o busque uno; mientras tanto, el flujo de trabajo usa %1 en el servidor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
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
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Filter by server, model, family or quantisation…</source>
        <translation>Filtrar por servidor, modelo, familia o cuantización…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrar los modelos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask every server again (F5)</source>
        <translation>Volver a preguntar a todos los servidores (F5)</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Actualizar los modelos</translation>
    </message>
    <message>
        <source>Load the selected models into memory</source>
        <translation>Cargar en memoria los modelos seleccionados</translation>
    </message>
    <message>
        <source>Free the memory the selected models hold</source>
        <translation>Liberar la memoria que ocupan los modelos seleccionados</translation>
    </message>
    <message>
        <source>Load the selected models and keep them loaded</source>
        <translation>Cargar los modelos seleccionados y mantenerlos cargados</translation>
    </message>
    <message>
        <source>Load selected models</source>
        <translation>Cargar los modelos seleccionados</translation>
    </message>
    <message>
        <source>Unload selected models</source>
        <translation>Descargar los modelos seleccionados</translation>
    </message>
    <message>
        <source>Pin selected models</source>
        <translation>Fijar los modelos seleccionados</translation>
    </message>
    <message>
        <source>Action in progress</source>
        <translation>Acción en curso</translation>
    </message>
    <message>
        <source>Last action result</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Models summary</source>
        <translation>Resumen de los modelos</translation>
    </message>
    <message>
        <source>Models of every server</source>
        <translation>Modelos de todos los servidores</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No LLM server yet&lt;/h2&gt;&lt;p&gt;Add an Ollama or OpenAI-compatible server (llama.cpp, vLLM, LM Studio…) in &lt;b&gt;Settings&lt;/b&gt;, as &lt;code&gt;ollama+http://host:11434&lt;/code&gt; or &lt;code&gt;openai+http://host:8080&lt;/code&gt;.&lt;br&gt;Its models appear here, ready to load, unload and pin.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún servidor LLM&lt;/h2&gt;&lt;p&gt;Añada un servidor Ollama o compatible con OpenAI (llama.cpp, vLLM, LM Studio…) en &lt;b&gt;Ajustes&lt;/b&gt;, como &lt;code&gt;ollama+http://host:11434&lt;/code&gt; o &lt;code&gt;openai+http://host:8080&lt;/code&gt;.&lt;br&gt;Sus modelos aparecen aquí, listos para cargar, descargar y fijar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No LLM server configured</source>
        <translation>No hay ningún servidor LLM configurado</translation>
    </message>
    <message>
        <source>Loading %1 on %2…</source>
        <translation>Cargando %1 en %2…</translation>
    </message>
    <message>
        <source>Unloading %1 on %2…</source>
        <translation>Descargando %1 en %2…</translation>
    </message>
    <message>
        <source>Pinning %1 on %2…</source>
        <translation>Fijando %1 en %2…</translation>
    </message>
    <message>
        <source>%1 is loaded on %2.</source>
        <translation>%1 está cargado en %2.</translation>
    </message>
    <message>
        <source>%1 was unloaded from %2.</source>
        <translation>%1 se descargó de %2.</translation>
    </message>
    <message>
        <source>%1 is pinned on %2.</source>
        <translation>%1 está fijado en %2.</translation>
    </message>
    <message>
        <source>Select models to load, unload or pin them.</source>
        <translation>Seleccione modelos para cargarlos, descargarlos o fijarlos.</translation>
    </message>
    <message>
        <source>Models: %1 on %2 servers · in memory: %3</source>
        <translation>Modelos: %1 en %2 servidores · en memoria: %3</translation>
    </message>
    <message>
        <source> · unreachable: %1</source>
        <translation> · inaccesibles: %1</translation>
    </message>
    <message>
        <source> · refreshed %1</source>
        <translation> · actualizado a las %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>c41::ui::ParameterEditor</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>Draw a new seed now and keep it for this run</source>
        <translation>Sacar ahora una semilla nueva y conservarla para esta ejecución</translation>
    </message>
    <message>
        <source>Randomise %1</source>
        <translation>%1 aleatorio</translation>
    </message>
    <message>
        <source>New seed each run</source>
        <translation>Semilla nueva en cada ejecución</translation>
    </message>
    <message>
        <source>Draw a fresh seed when the job is queued (uncheck to reuse this one)</source>
        <translation>Sacar una semilla nueva al poner el trabajo en cola (desmárquelo para reutilizar esta)</translation>
    </message>
    <message>
        <source>New %1 each run</source>
        <translation>%1 nuevo en cada ejecución</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>Control deslizante de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The range the server accepts</source>
        <translation>El intervalo que acepta el servidor</translation>
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
        <translation>conexión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>first byte</source>
        <translation>primer byte</translation>
    </message>
    <message>
        <source>failed after</source>
        <translation>falló tras</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>resto</translation>
    </message>
</context>
<context>
    <name>c41::ui::PreferencesForm</name>
    <message>
        <source>Appearance and language</source>
        <translation>Apariencia e idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Appearance: %1</source>
        <translation>Apariencia: %1</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>Reinicie la aplicación para usar el nuevo idioma.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Images, videos and sounds from jobs are saved here, one folder per day.</source>
        <translation>Las imágenes, vídeos y sonidos de los trabajos se guardan aquí, una carpeta por día.</translation>
    </message>
    <message>
        <source>The default folder</source>
        <translation>La carpeta predeterminada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <source>Tray and start-up</source>
        <translation>Bandeja e inicio</translation>
    </message>
    <message>
        <source>&amp;Close to the tray: closing the window keeps the app running in the system tray</source>
        <translation>Ce&amp;rrar a la bandeja: al cerrar la ventana, la aplicación sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Cerrar a la bandeja</translation>
    </message>
    <message>
        <source>Show &amp;notifications when jobs finish and alerts are raised</source>
        <translation>Mostrar &amp;notificaciones cuando terminan los trabajos y se activan alertas</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Start at &amp;login, minimised to the tray</source>
        <translation>Iniciar &amp;al iniciar sesión, minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>There is no system tray here: closing the window quits, and notifications go to the status bar.</source>
        <translation>Aquí no hay bandeja del sistema: cerrar la ventana sale de la aplicación y las notificaciones van a la barra de estado.</translation>
    </message>
    <message>
        <source>Starting at login is set in the system&apos;s own settings here.</source>
        <translation>Aquí, el inicio al iniciar sesión se define en los ajustes del propio sistema.</translation>
    </message>
    <message>
        <source>C41 will start in the tray when you log in (%1).</source>
        <translation>C41 se iniciará en la bandeja al iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>C41 will no longer start at login.</source>
        <translation>C41 ya no se iniciará al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>c41::ui::ServerForm</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Eliminar el servidor</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Box the server runs on</source>
        <translation>Equipo en el que se ejecuta el servidor</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Server address as KIND+URL</source>
        <translation>Dirección del servidor como KIND+URL</translation>
    </message>
    <message>
        <source>ollama+http://host:11434</source>
        <translation>ollama+http://host:11434</translation>
    </message>
    <message>
        <source>The kind of server, a plus sign and its URL. Kinds: %1</source>
        <translation>El tipo de servidor, un signo más y su URL. Tipos: %1</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>&amp;KIND+URL:</source>
        <translation>&amp;KIND+URL:</translation>
    </message>
    <message>
        <source>How the server&apos;s API key is sent</source>
        <translation>Cómo se envía la clave de API del servidor</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Sin clave de API</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Token Bearer (cabecera Authorization)</translation>
    </message>
    <message>
        <source>X-API-Key header</source>
        <translation>Cabecera X-API-Key</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Save the server</source>
        <translation>Guardar el servidor</translation>
    </message>
    <message>
        <source>Test the connection to the server</source>
        <translation>Probar la conexión con el servidor</translation>
    </message>
    <message>
        <source>Remove the server from the studio</source>
        <translation>Quitar el servidor del estudio</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>from the kind</source>
        <translation>según el tipo</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Give the server&apos;s KIND+URL, e.g. ollama+http://host:11434</source>
        <translation>Indique la KIND+URL del servidor, p. ej. ollama+http://host:11434</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>e.g. forge-comfy (empty: made from the box and kind)</source>
        <translation>p. ej. forge-comfy (vacío: se forma a partir del equipo y el tipo)</translation>
    </message>
</context>
<context>
    <name>c41::ui::ServerStatusModel</name>
    <message>
        <source>Other servers</source>
        <translation>Otros servidores</translation>
    </message>
    <message>
        <source>Box / server</source>
        <translation>Equipo / servidor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 de %2 activos</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>API key in the keychain</source>
        <translation>Clave de API en el llavero</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>%1 (generated in memory, no file)</source>
        <translation>%1 (generado en memoria, sin archivo)</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>Show the config file&apos;s folder</source>
        <translation>Mostrar la carpeta del archivo de configuración</translation>
    </message>
    <message>
        <source>Changes are saved to the file at once and used from the next start. API keys never go in the file: they are kept in the system keychain.</source>
        <translation>Los cambios se guardan en el archivo al instante y se usan desde el próximo inicio. Las claves de API nunca van en el archivo: se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The demo lab makes up its servers at start, so they cannot be edited here. Start the app without --demo to edit your own studio (boxes and servers are kept in studio.json).</source>
        <translation>El laboratorio de demostración crea sus servidores al arrancar, así que no se pueden editar aquí. Inicie la aplicación sin --demo para editar su propio estudio (los equipos y servidores se guardan en studio.json).</translation>
    </message>
    <message>
        <source>Configured boxes and servers</source>
        <translation>Equipos y servidores configurados</translation>
    </message>
    <message>
        <source>Box / server</source>
        <translation>Equipo / servidor</translation>
    </message>
    <message>
        <source>KIND+URL</source>
        <translation>KIND+URL</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Add a box</source>
        <translation>Añadir un equipo</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Add a server by its KIND+URL</source>
        <translation>Añadir un servidor por su KIND+URL</translation>
    </message>
    <message>
        <source>Select a box or a server to change it, or add one.</source>
        <translation>Seleccione un equipo o un servidor para cambiarlo, o añada uno.</translation>
    </message>
    <message>
        <source>Box name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>e.g. forge</source>
        <translation>p. ej. forge</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Box title</source>
        <translation>Título del equipo</translation>
    </message>
    <message>
        <source>e.g. RTX 5090 workstation</source>
        <translation>p. ej. estación de trabajo RTX 5090</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the box</source>
        <translation>Guardar el equipo</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Eliminar el equipo</translation>
    </message>
    <message>
        <source>Remove the box and its servers</source>
        <translation>Eliminar el equipo y sus servidores</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Auto-detection is not available here.</source>
        <translation>La detección automática no está disponible aquí.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a box first: a server runs on a box.</source>
        <translation>Añada primero un equipo: un servidor se ejecuta en un equipo.</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Equipo nuevo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved, but reading it back failed: %1</source>
        <translation>Guardado, pero falló al volver a leerlo: %1</translation>
    </message>
    <message>
        <source>Box %1 added.</source>
        <translation>Equipo %1 añadido.</translation>
    </message>
    <message>
        <source>Box %1 saved.</source>
        <translation>Equipo %1 guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Click again to remove it and %n server(s)</source>
        <translation>
            <numerusform>Haga clic de nuevo para eliminarlo junto con %n servidor</numerusform>
            <numerusform>Haga clic de nuevo para eliminarlo junto con %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Haga clic de nuevo para eliminar</translation>
    </message>
    <message>
        <source>Box %1 removed.</source>
        <translation>Equipo %1 eliminado.</translation>
    </message>
    <message>
        <source>Server %1 added.</source>
        <translation>Servidor %1 añadido.</translation>
    </message>
    <message>
        <source>Server %1 saved.</source>
        <translation>Servidor %1 guardado.</translation>
    </message>
    <message>
        <source>Server %1 removed.</source>
        <translation>Servidor %1 eliminado.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms: %3</source>
        <translation>%1 respondió en %2 ms: %3</translation>
    </message>
    <message>
        <source>Something answers at %1, but not as a %2 server: %3</source>
        <translation>Algo responde en %1, pero no como un servidor %2: %3</translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 añadido a %2.</translation>
    </message>
    <message>
        <source>%1 Written to %2; the app uses it from the next start.</source>
        <translation>%1 Escrito en %2; la aplicación lo usará desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>c41::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>&amp;About C41…</source>
        <translation>&amp;Acerca de C41…</translation>
    </message>
    <message>
        <source>About C41 Control Center</source>
        <translation>Acerca de C41 Control Center</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>Boxes and servers</source>
        <translation>Equipos y servidores</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>c41::ui::TemplatePicker</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>No server has %1 installed.</source>
        <translation>Ningún servidor tiene %1 instalado.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Lip-sync</source>
        <translation>Sincronización labial</translation>
    </message>
    <message>
        <source>Video to audio</source>
        <translation>Vídeo a audio</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Texto a voz</translation>
    </message>
    <message>
        <source>Say a text with a voice of a speech server (OpenAI-style API)</source>
        <translation>Decir un texto con una voz de un servidor de voz (API al estilo de OpenAI)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importadas</translation>
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
        <translation>Menú de C41 en la bandeja</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Aún no hay trabajos</translation>
    </message>
    <message>
        <source>Open C41 Control Center</source>
        <translation>Abrir C41 Control Center</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Pausar la cola</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Cerrar a la bandeja</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Reanudar la cola</translation>
    </message>
    <message>
        <source>%1 running · %2 queued</source>
        <translation>%1 en curso · %2 en cola</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>C41 Control Center</source>
        <translation>C41 Control Center</translation>
    </message>
    <message>
        <source>Job queue</source>
        <translation>Cola de trabajos</translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation>Trabajo %1 terminado</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>El trabajo %1 falló</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job %1 was lost</source>
        <translation>Se perdió el trabajo %1</translation>
    </message>
    <message>
        <source>%1: the server no longer knows it; retry it from the Jobs page.</source>
        <translation>%1: el servidor ya no lo conoce; reinténtelo desde la página Trabajos.</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <translation>Alerta en %1</translation>
    </message>
</context>
<context>
    <name>c41::ui::TtsPanel</name>
    <message>
        <source>Problem with the text</source>
        <translation>Problema con el texto</translation>
    </message>
    <message>
        <source>Problem with the voice</source>
        <translation>Problema con la voz</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <source>Use for &amp;lip-sync</source>
        <translation>Usar para &amp;sincronización labial</translation>
    </message>
    <message>
        <source>What should the voice say?</source>
        <translation>¿Qué debe decir la voz?</translation>
    </message>
    <message>
        <source>Text to speak</source>
        <translation>Texto que se va a pronunciar</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source>Optional: how to say it, e.g. calm and warm</source>
        <translation>Opcional: cómo decirlo, p. ej. tranquilo y cálido</translation>
    </message>
    <message>
        <source>Style instructions</source>
        <translation>Instrucciones de estilo</translation>
    </message>
    <message>
        <source>Latest take</source>
        <translation>Última toma</translation>
    </message>
    <message>
        <source>Play the latest take</source>
        <translation>Reproducir la última toma</translation>
    </message>
    <message>
        <source>Opens the take in the system&apos;s audio player</source>
        <translation>Abre la toma en el reproductor de audio del sistema</translation>
    </message>
    <message>
        <source>Use the latest take as a lip-sync voice</source>
        <translation>Usar la última toma como voz de una sincronización labial</translation>
    </message>
    <message>
        <source>Opens a lip-sync template with this take as the voice</source>
        <translation>Abre una plantilla de sincronización labial con esta toma como voz</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>El predeterminado del servidor</translation>
    </message>
    <message>
        <source>None yet: write a text, pick a voice and submit.</source>
        <translation>Ninguna todavía: escriba un texto, elija una voz y envíe.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>Esti&amp;lo</translation>
    </message>
</context>
<context>
    <name>c41::ui::TtsTakeMenu</name>
    <message>
        <source>No finished TTS take yet</source>
        <translation>Aún no hay ninguna toma de TTS terminada</translation>
    </message>
    <message>
        <source>Make a new take…</source>
        <translation>Crear una toma nueva…</translation>
    </message>
</context>
<context>
    <name>c41::ui::WorkflowForm</name>
    <message>
        <source>%1, input %2 of node %3 (%4)</source>
        <translation>%1, entrada %2 del nodo %3 (%4)</translation>
    </message>
</context>
<context>
    <name>c41ctl</name>
    <message>
        <source>unknown command &quot;%1&quot; (see c41ctl --help)</source>
        <translation>comando desconocido «%1» (consulte c41ctl --help)</translation>
    </message>
    <message>
        <source>C41 Control Center from the command line.</source>
        <translation>C41 Control Center desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>SERVER is a configured server name or a KIND+URL, e.g. ollama+http://mac-studio.local:11434.</source>
        <translation>SERVER es el nombre de un servidor configurado o una KIND+URL, p. ej. ollama+http://mac-studio.local:11434.</translation>
    </message>
    <message>
        <source>usage: c41ctl bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]</source>
        <translation>uso: c41ctl bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]</translation>
    </message>
    <message>
        <source>%1 %2: %3 runs, timings from the %4</source>
        <translation>%1 %2: %3 ejecuciones, tiempos según %4</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>median t/s</source>
        <translation>mediana t/s</translation>
    </message>
    <message>
        <source>min t/s</source>
        <translation>mín. t/s</translation>
    </message>
    <message>
        <source>max t/s</source>
        <translation>máx. t/s</translation>
    </message>
    <message>
        <source>usage: c41ctl chat SERVER MODEL [PROMPT|-] [--system S] [--persona P]</source>
        <translation>uso: c41ctl chat SERVER MODEL [PROMPT|-] [--system S] [--persona P]</translation>
    </message>
    <message>
        <source>--persona needs the chat database; set C41_CHAT_DB</source>
        <translation>--persona necesita la base de datos de chats; defina C41_CHAT_DB</translation>
    </message>
    <message>
        <source>no persona named &quot;%1&quot;</source>
        <translation>no hay ninguna persona llamada «%1»</translation>
    </message>
    <message>
        <source>nothing to say: give a PROMPT, or text on stdin</source>
        <translation>nada que decir: indique un PROMPT o texto en stdin</translation>
    </message>
    <message>
        <source>thinking: </source>
        <translation>pensando: </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>primer token %1 ms</translation>
    </message>
    <message>
        <source>prefill %1 tok/s</source>
        <translation>prefill %1 tok/s</translation>
    </message>
    <message>
        <source>decode %1 tok/s</source>
        <translation>decode %1 tok/s</translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>fin: %1</translation>
    </message>
    <message>
        <source>comfy run: change an input, NODE.input=VALUE (NODE: id, title or class), or ROLE=VALUE.</source>
        <translation>comfy run: cambia una entrada, NODE.input=VALUE (NODE: id, título o clase), o ROLE=VALUE.</translation>
    </message>
    <message>
        <source>comfy run: upload FILE and use it for the image, audio or video input NAME.</source>
        <translation>comfy run: sube FILE y lo usa para la entrada de imagen, audio o vídeo NAME.</translation>
    </message>
    <message>
        <source>Folder for the outputs (default: .).</source>
        <translation>Carpeta para los resultados (predeterminada: .).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: no such file or template</source>
        <translation>%1: no existe ese archivo ni esa plantilla</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE [--set NODE.input=VALUE]... [--input NAME=FILE]... [--out DIR]</source>
        <translation>uso: c41ctl comfy run SERVER WORKFLOW.json|TEMPLATE [--set NODE.input=VALUE]... [--input NAME=FILE]... [--out DIR]</translation>
    </message>
    <message>
        <source>--input needs NAME=FILE, not &quot;%1&quot;</source>
        <translation>--input necesita NAME=FILE, no «%1»</translation>
    </message>
    <message>
        <source>--input %1: no such file %2</source>
        <translation>--input %1: no existe el archivo %2</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy queue SERVER</source>
        <translation>uso: c41ctl comfy queue SERVER</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>la cola está vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy interrupt SERVER</source>
        <translation>uso: c41ctl comfy interrupt SERVER</translation>
    </message>
    <message>
        <source>interrupted the running prompt, if any</source>
        <translation>se interrumpió el prompt en curso, si lo había</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy free SERVER</source>
        <translation>uso: c41ctl comfy free SERVER</translation>
    </message>
    <message>
        <source>asked the server to unload its models and free memory</source>
        <translation>se pidió al servidor que descargue sus modelos y libere memoria</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy run|queue|interrupt|free|validate SERVER …</source>
        <translation>uso: c41ctl comfy run|queue|interrupt|free|validate SERVER …</translation>
    </message>
    <message>
        <source>Run a ComfyUI workflow (--set NODE.input=VALUE, --input NAME=FILE, --out DIR): progress on stderr, saved files on stdout; list the queue, interrupt, free memory, or validate a workflow against the server.</source>
        <translation>Ejecuta un flujo de trabajo de ComfyUI (--set NODE.input=VALUE, --input NAME=FILE, --out DIR): progreso en stderr, archivos guardados en stdout; muestra la cola, interrumpe, libera memoria o valida un flujo de trabajo con el servidor.</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (nodo %2)</translation>
    </message>
    <message>
        <source>, step %1/%2</source>
        <translation>, paso %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n preview(s)</source>
        <translation>
            <numerusform>, %n vista previa</numerusform>
            <numerusform>, %n vistas previas</numerusform>
        </translation>
    </message>
    <message>
        <source>is a %1 server, not ComfyUI</source>
        <translation>es un servidor %1, no ComfyUI</translation>
    </message>
    <message>
        <source>uploading %1…</source>
        <translation>subiendo %1…</translation>
    </message>
    <message>
        <source>queued %1 (#%2)</source>
        <translation>%1 en cola (#%2)</translation>
    </message>
    <message>
        <source>cached: %1</source>
        <translation>en caché: %1</translation>
    </message>
    <message>
        <source>the WebSocket dropped; following the job through /history</source>
        <translation>se cayó el WebSocket; se sigue el trabajo mediante /history</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>no guardado: %1</translation>
    </message>
    <message>
        <source>Every configured server (or the SERVERs given by name or KIND+URL): kind, URL, box, reachable or not with the error, latency.</source>
        <translation>Todos los servidores configurados (o los SERVER indicados por nombre o KIND+URL): tipo, URL, equipo, si es accesible o no con el error, latencia.</translation>
    </message>
    <message>
        <source>Store (from standard input) or remove the API key of a server in the system keychain.</source>
        <translation>Guarda la clave de API de un servidor (desde la entrada estándar) en el llavero del sistema, o la elimina.</translation>
    </message>
    <message>
        <source>Read the studio from FILE instead of %1.</source>
        <translation>Lee el estudio de FILE en lugar de %1.</translation>
    </message>
    <message>
        <source>Run against the built-in demo studio (simulated servers on this machine).</source>
        <translation>Funciona con el estudio de demostración integrado (servidores simulados en esta máquina).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Imprime JSON para scripts.</translation>
    </message>
    <message>
        <source>Log requests (never secrets or prompts) to stderr.</source>
        <translation>Registra las solicitudes (nunca secretos ni prompts) en stderr.</translation>
    </message>
    <message>
        <source>What to do (see below).</source>
        <translation>Qué hacer (véase abajo).</translation>
    </message>
    <message>
        <source>no command given; try &quot;c41ctl servers&quot; or c41ctl --help</source>
        <translation>no se indicó ningún comando; pruebe &quot;c41ctl servers&quot; o c41ctl --help</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESO</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ANTIGÜEDAD</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>(no jobs)</source>
        <translation>(no hay trabajos)</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>La cola está en pausa.</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>no such file, and no shipped template of that name (see c41ctl templates)</source>
        <translation>no existe ese archivo ni ninguna plantilla incluida con ese nombre (consulte c41ctl templates)</translation>
    </message>
    <message>
        <source>c41ctl cannot run %1 jobs yet</source>
        <translation>c41ctl aún no puede ejecutar trabajos de tipo %1</translation>
    </message>
    <message>
        <source>Job %1 queued.</source>
        <translation>Trabajo %1 en cola.</translation>
    </message>
    <message>
        <source>job %1: %2</source>
        <translation>trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1 %2.</source>
        <translation>Trabajo %1: %2.</translation>
    </message>
    <message>
        <source>The queue runs.</source>
        <translation>La cola está en marcha.</translation>
    </message>
    <message>
        <source>usage: jobs show ID</source>
        <translation>uso: jobs show ID</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>  state:     %1</source>
        <translation>  estado:    %1</translation>
    </message>
    <message>
        <source>  kind:      %1</source>
        <translation>  tipo:      %1</translation>
    </message>
    <message>
        <source>  target:    %1</source>
        <translation>  destino:   %1</translation>
    </message>
    <message>
        <source>  server:    %1</source>
        <translation>  servidor:  %1</translation>
    </message>
    <message>
        <source>  remote id: %1</source>
        <translation>  id remoto: %1</translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation>  creado:    %1</translation>
    </message>
    <message>
        <source>  started:   %1</source>
        <translation>  iniciado:  %1</translation>
    </message>
    <message>
        <source>  finished:  %1 (%2 s)</source>
        <translation>  terminado: %1 (%2 s)</translation>
    </message>
    <message>
        <source>  attempt:   %1 (retry of job %2)</source>
        <translation>  intento:   %1 (reintento del trabajo %2)</translation>
    </message>
    <message>
        <source>  error:     %1</source>
        <translation>  error:     %1</translation>
    </message>
    <message>
        <source>  folder:    %1</source>
        <translation>  carpeta:   %1</translation>
    </message>
    <message>
        <source>  output:    %1</source>
        <translation>  resultado: %1</translation>
    </message>
    <message>
        <source>  (c41ctl jobs retry %1 runs it again)</source>
        <translation>  (c41ctl jobs retry %1 lo vuelve a ejecutar)</translation>
    </message>
    <message>
        <source>usage: jobs cancel ID</source>
        <translation>uso: jobs cancel ID</translation>
    </message>
    <message>
        <source>Job %1 cancelled.</source>
        <translation>Trabajo %1 cancelado.</translation>
    </message>
    <message>
        <source>Job %1 is being interrupted on its server.</source>
        <translation>Se está interrumpiendo el trabajo %1 en su servidor.</translation>
    </message>
    <message>
        <source>usage: jobs retry ID</source>
        <translation>uso: jobs retry ID</translation>
    </message>
    <message>
        <source>Job %1 queued again as job %2.</source>
        <translation>Trabajo %1 de nuevo en cola como trabajo %2.</translation>
    </message>
    <message>
        <source>jobs add: a server, a box, or &quot;any&quot; (default).</source>
        <translation>jobs add: un servidor, un equipo o &quot;any&quot; (predeterminado).</translation>
    </message>
    <message>
        <source>jobs add: run the job from here and wait for its end.</source>
        <translation>jobs add: ejecuta el trabajo desde aquí y espera a que termine.</translation>
    </message>
    <message>
        <source>jobs add: the output directory (a folder per job).</source>
        <translation>jobs add: el directorio de salida (una carpeta por trabajo).</translation>
    </message>
    <message>
        <source>jobs add tts: the voice.</source>
        <translation>jobs add tts: la voz.</translation>
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
        <translation>fijado</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <source>usage: c41ctl %1 SERVER MODEL</source>
        <translation>uso: c41ctl %1 SERVER MODEL</translation>
    </message>
    <message>
        <source>LOADED</source>
        <translation>CARGADO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>no LLM servers configured; name one or try --demo</source>
        <translation>no hay servidores LLM configurados; indique uno o pruebe --demo</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIA</translation>
    </message>
    <message>
        <source>PARAMS</source>
        <translation>PARÁMETROS</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>CUANT.</translation>
    </message>
    <message>
        <source>Models on each LLM server, with what is loaded.</source>
        <translation>Modelos de cada servidor LLM, con los que están cargados.</translation>
    </message>
    <message>
        <source>Load a model into memory.</source>
        <translation>Carga un modelo en memoria.</translation>
    </message>
    <message>
        <source>Unload a model from memory.</source>
        <translation>Descarga un modelo de la memoria.</translation>
    </message>
    <message>
        <source>Load a model and keep it loaded.</source>
        <translation>Carga un modelo y lo mantiene cargado.</translation>
    </message>
    <message>
        <source>Stream an answer (stdin when PROMPT is - or missing).</source>
        <translation>Transmite una respuesta (stdin si PROMPT es - o falta).</translation>
    </message>
    <message>
        <source>Prefill and decode tok/s over the API (median, min, max).</source>
        <translation>tok/s de prefill y decode mediante la API (mediana, mín., máx.).</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not an LLM server</source>
        <translation>%1 es un servidor %2, no un servidor LLM</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2</source>
        <translation>--%1 necesita un número entero de al menos %2</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more</source>
        <translation>--%1 necesita un número igual o mayor que 0</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message>
        <source>%1 needs --%2 FILE; usage: %3</source>
        <translation>%1 necesita --%2 FILE; uso: %3</translation>
    </message>
    <message>
        <source>%1 needs --out DIR; usage: %2</source>
        <translation>%1 necesita --out DIR; uso: %2</translation>
    </message>
    <message>
        <source>%1 needs --prompt P; usage: %2</source>
        <translation>%1 necesita --prompt P; uso: %2</translation>
    </message>
    <message>
        <source>--%1: no such file %2</source>
        <translation>--%1: no existe el archivo %2</translation>
    </message>
    <message>
        <source>--seed needs a whole number ≥ 0, not &quot;%1&quot;</source>
        <translation>--seed necesita un número entero ≥ 0, no «%1»</translation>
    </message>
    <message>
        <source>--seconds needs a number of seconds &gt; 0, not &quot;%1&quot;</source>
        <translation>--seconds necesita un número de segundos &gt; 0, no «%1»</translation>
    </message>
    <message>
        <source>--template %1: not a %2 template (there are: %3)</source>
        <translation>--template %1: no es una plantilla de %2 (hay: %3)</translation>
    </message>
    <message>
        <source>no %1 template is shipped</source>
        <translation>no se incluye ninguna plantilla de %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>no %1 template can run here: %2</source>
        <translation>ninguna plantilla de %1 puede ejecutarse aquí: %2</translation>
    </message>
    <message>
        <source>template %1 (%2)</source>
        <translation>plantilla %1 (%2)</translation>
    </message>
    <message>
        <source>template %1 has no %2 input</source>
        <translation>la plantilla %1 no tiene entrada de %2</translation>
    </message>
    <message>
        <source>--image %1 is a video, but template %2 takes a still portrait image (%3, node %4 %5): use a frame of the video as the portrait, e.g. ffmpeg -i %1 -frames:v 1 portrait.png</source>
        <translation>--image %1 es un vídeo, pero la plantilla %2 usa una imagen fija de retrato (%3, nodo %4 %5): use un fotograma del vídeo como retrato, p. ej. ffmpeg -i %1 -frames:v 1 portrait.png</translation>
    </message>
    <message>
        <source>template %1 has no %2 prompt</source>
        <translation>la plantilla %1 no tiene prompt %2</translation>
    </message>
    <message>
        <source>template %1 has no video length to set for --seconds</source>
        <translation>la plantilla %1 no tiene una duración de vídeo que --seconds pueda fijar</translation>
    </message>
    <message>
        <source>%1 would be refused: %2</source>
        <translation>%1 sería rechazado: %2</translation>
    </message>
    <message>
        <source>the job finished but saved no file</source>
        <translation>el trabajo terminó pero no guardó ningún archivo</translation>
    </message>
    <message>
        <source>Lip-sync on ComfyUI (HuMo): a portrait image and a voice audio to a talking video. Uploads both, runs the first lipsync template the server has the nodes for (or --template), progress on stderr, saved files on stdout.</source>
        <translation>Sincronización labial con ComfyUI (HuMo): de una imagen de retrato y un audio de voz a un vídeo que habla. Sube ambos, ejecuta la primera plantilla lipsync para la que el servidor tiene los nodos (o --template), progreso en stderr, archivos guardados en stdout.</translation>
    </message>
    <message>
        <source>Video to audio on ComfyUI (MMAudio): uploads the video, generates a soundtrack from the prompt and saves the video with sound; prints the saved files.</source>
        <translation>Vídeo a audio con ComfyUI (MMAudio): sube el vídeo, genera una banda sonora a partir del prompt y guarda el vídeo con sonido; imprime los archivos guardados.</translation>
    </message>
    <message>
        <source>usage: c41ctl secret set|remove SERVER</source>
        <translation>uso: c41ctl secret set|remove SERVER</translation>
    </message>
    <message>
        <source>secrets belong to configured servers; add %1 to the config first</source>
        <translation>los secretos pertenecen a servidores configurados; añada primero %1 a la configuración</translation>
    </message>
    <message>
        <source>cannot read the key from standard input</source>
        <translation>no se puede leer la clave de la entrada estándar</translation>
    </message>
    <message>
        <source>no key on standard input (try: echo &quot;$KEY&quot; | c41ctl secret set %1)</source>
        <translation>no hay ninguna clave en la entrada estándar (pruebe: echo &quot;$KEY&quot; | c41ctl secret set %1)</translation>
    </message>
    <message>
        <source>Stored. Note: %1 has no &quot;auth&quot; in the config, so the key is not sent until you add &quot;auth&quot;: &quot;bearer&quot; or &quot;x-api-key&quot;.</source>
        <translation>Guardada. Nota: %1 no tiene &quot;auth&quot; en la configuración, así que la clave no se envía hasta que añada &quot;auth&quot;: &quot;bearer&quot; o &quot;x-api-key&quot;.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>BOX</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>no servers configured; add them to the config file, give KIND+URL arguments, or try --demo</source>
        <translation>no hay servidores configurados; añádalos al archivo de configuración, indique argumentos KIND+URL o pruebe --demo</translation>
    </message>
    <message>
        <source>: not healthy</source>
        <translation>: no funciona correctamente</translation>
    </message>
    <message>
        <source> (and %1 more: %2)</source>
        <translation> (y %1 más: %2)</translation>
    </message>
    <message>
        <source>no telemetry servers configured (exporter, macmon, comfyui, prometheus); add them to the config file, give KIND+URL arguments, or try --demo</source>
        <translation>no hay servidores de telemetría configurados (exporter, macmon, comfyui, prometheus); añádalos al archivo de configuración, indique argumentos KIND+URL o pruebe --demo</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not a telemetry source (exporter, macmon, comfyui, prometheus)</source>
        <translation>%1 es un servidor %2, no una fuente de telemetría (exporter, macmon, comfyui, prometheus)</translation>
    </message>
    <message>
        <source>offline: %1 (%2)</source>
        <translation>desconectado: %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>«%1» no es un número de puerto</translation>
    </message>
    <message>
        <source>nothing found on %1</source>
        <translation>no se encontró nada en %1</translation>
    </message>
    <message>
        <source>usage: c41ctl telemetry sources BOX | detect HOST [PORT...]</source>
        <translation>uso: c41ctl telemetry sources BOX | detect HOST [PORT...]</translation>
    </message>
    <message>
        <source>no box named &apos;%1&apos; in the config</source>
        <translation>no hay ningún equipo llamado «%1» en la configuración</translation>
    </message>
    <message>
        <source>box &apos;%1&apos; has no telemetry servers</source>
        <translation>el equipo «%1» no tiene servidores de telemetría</translation>
    </message>
    <message>
        <source>util</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>power</source>
        <translation>potencia</translation>
    </message>
    <message>
        <source>power limit</source>
        <translation>límite de potencia</translation>
    </message>
    <message>
        <source>host CPU/RAM</source>
        <translation>CPU/RAM del host</translation>
    </message>
    <message>
        <source>down: </source>
        <translation>caído: </translation>
    </message>
    <message>
        <source>Every box and device of the studio, like nvitop: GPU utilisation, VRAM or unified memory, temperature, power, host CPU/RAM, the source of each figure, and which box is offline. BOXes or SERVERs (names or KIND+URL) show just those.</source>
        <translation>Todos los equipos y dispositivos del estudio, como nvitop: uso de GPU, VRAM o memoria unificada, temperatura, potencia, CPU/RAM del host, la fuente de cada cifra y qué equipo está desconectado. Con BOX o SERVER (nombres o KIND+URL), solo esos.</translation>
    </message>
    <message>
        <source>status: redraw every second until Ctrl-C.</source>
        <translation>status: redibuja cada segundo hasta Ctrl-C.</translation>
    </message>
    <message>
        <source>sources: the telemetry sources of a box and what each one gives. detect: probe a host&apos;s standard ports (or the PORTs given) and propose the servers found.</source>
        <translation>sources: las fuentes de telemetría de un equipo y lo que da cada una. detect: sondea los puertos estándar de un host (o los PORT indicados) y propone los servidores encontrados.</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>caducando</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>caduca en %1 s</translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation>caduca en %1 min</translation>
    </message>
    <message>
        <source>slots %1/%2 busy</source>
        <translation>slots %1/%2 ocupados</translation>
    </message>
    <message>
        <source>%1 slots busy</source>
        <translation>%1 slots ocupados</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 esperando</translation>
    </message>
    <message>
        <source>KV cache %1%</source>
        <translation>caché KV %1 %</translation>
    </message>
    <message>
        <source>, throttled (%1)</source>
        <translation>, limitado (%1)</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>% GPU</source>
        <translation> % GPU</translation>
    </message>
    <message>
        <source>(no model loaded)</source>
        <translation>(ningún modelo cargado)</translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation>MODELOS</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>UTIL</source>
        <translation>USO</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MEMORIA</translation>
    </message>
    <message>
        <source>TEMP</source>
        <translation>TEMP.</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>POTENCIA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source> (unified)</source>
        <translation> (unificada)</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>offline: </source>
        <translation>desconectado: </translation>
    </message>
    <message>
        <source>random per run</source>
        <translation>aleatorio en cada ejecución</translation>
    </message>
    <message>
        <source>needs: </source>
        <translation>necesita: </translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; the templates are: %2</source>
        <translation>no existe la plantilla «%1»; las plantillas son: %2</translation>
    </message>
    <message>
        <source>usage: c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE</source>
        <translation>uso: c41ctl comfy validate SERVER WORKFLOW.json|TEMPLATE</translation>
    </message>
    <message>
        <source>%1 can run %2 (%3 nodes)</source>
        <translation>%1 puede ejecutar %2 (%3 nodos)</translation>
    </message>
    <message>
        <source>The shipped ComfyUI workflow templates (Flux, Z-Image, HiDream, Wan 2.2, FramePack, HuMo lip-sync, MMAudio, Qwen3-TTS): kind, packs they need, and the parameters --set can change; with TEMPLATE, also their sources.</source>
        <translation>Las plantillas de flujo de trabajo de ComfyUI incluidas (Flux, Z-Image, HiDream, Wan 2.2, FramePack, sincronización labial HuMo, MMAudio, Qwen3-TTS): tipo, paquetes que necesitan y los parámetros que --set puede cambiar; con TEMPLATE, también sus fuentes.</translation>
    </message>
    <message>
        <source>usage: tts SERVER TEXT --voice V --out FILE</source>
        <translation>uso: tts SERVER TEXT --voice V --out FILE</translation>
    </message>
    <message>
        <source>tts needs --voice V</source>
        <translation>tts necesita --voice V</translation>
    </message>
    <message>
        <source>tts needs --out FILE</source>
        <translation>tts necesita --out FILE</translation>
    </message>
    <message>
        <source>%1 is a %2 server, not a text-to-speech server</source>
        <translation>%1 es un servidor %2, no un servidor de texto a voz</translation>
    </message>
    <message>
        <source>--speed needs a number from 0.25 to 4.0</source>
        <translation>--speed necesita un número de 0.25 a 4.0</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>no se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>Speak TEXT with an OpenAI-style speech server (POST /v1/audio/speech) and save the audio to FILE as it streams in; prints the file&apos;s path. The format follows FILE&apos;s extension (wav, mp3, flac, opus, aac, pcm) unless --format says; the model defaults to the server&apos;s first.</source>
        <translation>Pronuncia TEXT con un servidor de voz al estilo de OpenAI (POST /v1/audio/speech) y guarda el audio en FILE a medida que llega; imprime la ruta del archivo. El formato sigue la extensión de FILE (wav, mp3, flac, opus, aac, pcm) salvo que --format diga otra cosa; el modelo predeterminado es el primero del servidor.</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>CONEXIÓN</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>FIRST BYTE</source>
        <translation>PRIMER BYTE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>DIAGNOSIS</source>
        <translation>DIAGNÓSTICO</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>Times in ms since the request started; TLS only for https.</source>
        <translation>Tiempos en ms desde el inicio de la solicitud; TLS solo con https.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds</source>
        <translation>--timeout espera un número de segundos</translation>
    </message>
    <message>
        <source>How every server (or the SERVERs given) is reached, per endpoint: DNS, TCP connect, TLS handshake, first byte, total and HTTP status, with a diagnosis in words. Exits 1 when any server has a problem.</source>
        <translation>Cómo se llega a cada servidor (o a los SERVER indicados), por endpoint: DNS, conexión TCP, protocolo de enlace TLS, primer byte, total y estado HTTP, con un diagnóstico en palabras. Sale con 1 si algún servidor tiene un problema.</translation>
    </message>
    <message>
        <source>doctor: give up on an endpoint after S seconds (default 15).</source>
        <translation>doctor: abandona un endpoint tras S segundos (predeterminado 15).</translation>
    </message>
    <message>
        <source>chat: the system prompt.</source>
        <translation>chat: el prompt de sistema.</translation>
    </message>
    <message>
        <source>chat: a saved persona.</source>
        <translation>chat: una persona guardada.</translation>
    </message>
    <message>
        <source>chat: sampling temperature.</source>
        <translation>chat: temperatura de muestreo.</translation>
    </message>
    <message>
        <source>chat: longest answer.</source>
        <translation>chat: respuesta más larga.</translation>
    </message>
    <message>
        <source>bench: repetitions (default 3).</source>
        <translation>bench: repeticiones (predeterminado 3).</translation>
    </message>
    <message>
        <source>bench: prompt length (default 512).</source>
        <translation>bench: longitud del prompt (predeterminado 512).</translation>
    </message>
    <message>
        <source>bench: tokens to generate (default 128).</source>
        <translation>bench: tokens que generar (predeterminado 128).</translation>
    </message>
    <message>
        <source>lipsync: the portrait image.</source>
        <translation>lipsync: la imagen del retrato.</translation>
    </message>
    <message>
        <source>lipsync: the voice audio.</source>
        <translation>lipsync: el audio de la voz.</translation>
    </message>
    <message>
        <source>v2a: the video to add sound to.</source>
        <translation>v2a: el vídeo al que añadir sonido.</translation>
    </message>
    <message>
        <source>lipsync, v2a: the text prompt (v2a: the sound to make).</source>
        <translation>lipsync, v2a: el prompt de texto (v2a: el sonido que se genera).</translation>
    </message>
    <message>
        <source>v2a: the sound to avoid.</source>
        <translation>v2a: el sonido que evitar.</translation>
    </message>
    <message>
        <source>v2a: use at most the first S seconds of the video.</source>
        <translation>v2a: usa como máximo los primeros S segundos del vídeo.</translation>
    </message>
    <message>
        <source>lipsync, v2a: the template to run (default: the first the server can).</source>
        <translation>lipsync, v2a: la plantilla que ejecutar (predeterminada: la primera que pueda el servidor).</translation>
    </message>
    <message>
        <source>lipsync, v2a: a fixed seed (default: random per run).</source>
        <translation>lipsync, v2a: una semilla fija (predeterminado: aleatoria en cada ejecución).</translation>
    </message>
    <message>
        <source>tts: the voice to speak with.</source>
        <translation>tts: la voz con la que hablar.</translation>
    </message>
    <message>
        <source>tts: the audio file to write.</source>
        <translation>tts: el archivo de audio que escribir.</translation>
    </message>
    <message>
        <source>tts: the speech model (default: the server&apos;s first).</source>
        <translation>tts: el modelo de voz (predeterminado: el primero del servidor).</translation>
    </message>
    <message>
        <source>tts: wav, mp3, flac, opus, aac or pcm.</source>
        <translation>tts: wav, mp3, flac, opus, aac o pcm.</translation>
    </message>
    <message>
        <source>tts: 0.25 to 4.0 (default 1.0).</source>
        <translation>tts: de 0.25 a 4.0 (predeterminado 1.0).</translation>
    </message>
    <message>
        <source>tts: a style prompt, e.g. &quot;calm, warm&quot;.</source>
        <translation>tts: un prompt de estilo, p. ej. &quot;tranquilo, cálido&quot;.</translation>
    </message>
    <message>
        <source>%1 (see c41ctl --help)</source>
        <translation>%1 (consulte c41ctl --help)</translation>
    </message>
    <message>
        <source>not healthy: %1</source>
        <translation>no funcionan correctamente: %1</translation>
    </message>
    <message>
        <source>#%1 in queue</source>
        <translation>n.º %1 en la cola</translation>
    </message>
    <message>
        <source>usage: jobs add image|video|lipsync|v2a WORKFLOW.json | jobs add tts TEXT --voice V | jobs add chat TEXT --model M | jobs add model_load|model_pull MODEL --target SERVER</source>
        <translation>uso: jobs add image|video|lipsync|v2a WORKFLOW.json | jobs add tts TEXT --voice V | jobs add chat TEXT --model M | jobs add model_load|model_pull MODEL --target SERVER</translation>
    </message>
    <message>
        <source>usage: jobs add chat TEXT --model M [--target T]</source>
        <translation>uso: jobs add chat TEXT --model M [--target T]</translation>
    </message>
    <message>
        <source>usage: jobs add %1 MODEL --target SERVER</source>
        <translation>uso: jobs add %1 MODEL --target SERVER</translation>
    </message>
    <message>
        <source>%1 is not an LLM server of the studio (see c41ctl servers); %2</source>
        <translation>%1 no es un servidor LLM del estudio (consulte c41ctl servers); %2</translation>
    </message>
    <message>
        <source>only Ollama servers pull models; %1 is not one</source>
        <translation>solo los servidores Ollama descargan modelos; %1 no lo es</translation>
    </message>
    <message>
        <source>usage: jobs move ID top|up|down|bottom | jobs move ID --before OTHER_ID</source>
        <translation>uso: jobs move ID top|up|down|bottom | jobs move ID --before OTHER_ID</translation>
    </message>
    <message>
        <source>Job %1 is now number %2 of %3 in the queue.</source>
        <translation>El trabajo %1 es ahora el número %2 de %3 en la cola.</translation>
    </message>
    <message>
        <source>usage: jobs pause --free-vram</source>
        <translation>uso: jobs pause --free-vram</translation>
    </message>
    <message>
        <source>the queue is paused, but not every server&apos;s memory was freed</source>
        <translation>la cola está en pausa, pero no se liberó la memoria de todos los servidores</translation>
    </message>
    <message>
        <source>the demo studio has no job database: set C41_JOBS_DB to a file (e.g. C41_JOBS_DB=/tmp/demo-jobs.sqlite), or run without --demo to use the studio&apos;s own</source>
        <translation>el estudio de demostración no tiene base de datos de trabajos: defina C41_JOBS_DB con un archivo (p. ej. C41_JOBS_DB=/tmp/demo-jobs.sqlite) o ejecute sin --demo para usar la del estudio</translation>
    </message>
    <message>
        <source>unknown jobs command &apos;%1&apos; (list, watch, show, cancel, retry, move, pause, resume, add)</source>
        <translation>comando de jobs desconocido «%1» (list, watch, show, cancel, retry, move, pause, resume, add)</translation>
    </message>
    <message>
        <source>The studio&apos;s job queue, shared with c41: the latest jobs with state, kind, server, progress and age (watch: redraw every second); show a job with its outputs; cancel (a running job is interrupted on its server); retry a failed, lost or cancelled job; move a queued job to the top, up, down, to the bottom or --before another; pause or resume the queue (--free-vram: then unload the models of every ComfyUI server that runs nothing); add a job (image, video, lipsync, v2a: an API workflow; tts: the text, --voice; chat: the text, --model; model_load, model_pull: the model, --target SERVER) for a server, box or any server (--target), and with --wait run it from here into --out DIR. $C41_JOBS_DB names the database.</source>
        <translation>La cola de trabajos del estudio, compartida con c41: los últimos trabajos con estado, tipo, servidor, progreso y antigüedad (watch: redibuja cada segundo); show muestra un trabajo con sus resultados; cancel lo cancela (un trabajo en curso se interrumpe en su servidor); retry reintenta un trabajo fallido, perdido o cancelado; move mueve un trabajo en cola al principio, arriba, abajo, al final o antes de otro (--before); pause/resume pausa o reanuda la cola (--free-vram: después descarga los modelos de cada servidor ComfyUI que no ejecuta nada); add añade un trabajo (image, video, lipsync, v2a: un flujo de trabajo de API; tts: el texto, --voice; chat: el texto, --model; model_load, model_pull: el modelo, --target SERVER) para un servidor, un equipo o cualquier servidor (--target), y con --wait lo ejecuta desde aquí en --out DIR. $C41_JOBS_DB indica la base de datos.</translation>
    </message>
    <message>
        <source>jobs add chat: the model.</source>
        <translation>jobs add chat: el modelo.</translation>
    </message>
    <message>
        <source>jobs move: put the job just before this queued job.</source>
        <translation>jobs move: coloca el trabajo justo antes de este trabajo en cola.</translation>
    </message>
    <message>
        <source>jobs pause: then unload the models and free the GPU memory of every ComfyUI server that runs no job.</source>
        <translation>jobs pause: después descarga los modelos y libera la memoria de GPU de cada servidor ComfyUI que no ejecuta ningún trabajo.</translation>
    </message>
</context>
</TS>

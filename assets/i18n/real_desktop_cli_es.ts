<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>the desktop window is not available in this installation ({name} is missing). Command-line use still works: real-desktop --help</source>
        <translation>la ventana de escritorio no está disponible en esta instalación (falta {name}). La línea de comandos sigue funcionando: real-desktop --help</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <source>REAL Desktop: an offline, searchable library of REAL program documents and recorded talks. Run without a command to open the desktop window.</source>
        <translation>REAL Desktop: una biblioteca sin conexión, con búsqueda, de documentos de los programas REAL y charlas grabadas. Ejecútelo sin comando para abrir la ventana de escritorio.</translation>
    </message>
    <message>
        <source>library data folder (default: $REAL_DESKTOP_HOME or the user data folder)</source>
        <translation>carpeta de datos de la biblioteca (predeterminada: $REAL_DESKTOP_HOME o la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>language of the messages: en or es (default: the language chosen in the window&apos;s settings, else the system&apos;s)</source>
        <translation>idioma de los mensajes: en o es (predeterminado: el elegido en la configuración de la ventana o, si no, el del sistema)</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>abre la ventana de escritorio (lo predeterminado)</translation>
    </message>
    <message>
        <source>unknown language {lang!r} (choose from {choices})</source>
        <translation>idioma desconocido {lang!r} (elija entre {choices})</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>present a workshop agenda (opens the presenter window)</source>
        <translation>presenta la agenda de un taller (abre la ventana del presentador)</translation>
    </message>
    <message>
        <source>Open the presenter mode for AGENDA: the audience view goes full screen on the second screen when there is one (else a window), the presenter view shows talking points, the timer, current and next item and notes. Keys: Right/PageDown next, Left/PageUp previous, Space pause, B blank, Esc end.</source>
        <translation>Abre el modo presentador para AGENDA: la vista del público ocupa toda la segunda pantalla cuando la hay (si no, una ventana); la vista del presentador muestra los puntos a tratar, el cronómetro, el elemento actual y el siguiente, y las notas. Teclas: Derecha/AvPág siguiente, Izquierda/RePág anterior, Espacio pausa, B pantalla en negro, Esc terminar.</translation>
    </message>
    <message>
        <source>start at item N</source>
        <translation>empieza en el elemento N</translation>
    </message>
    <message>
        <source>agenda name or id</source>
        <translation>nombre o id de la agenda</translation>
    </message>
    <message>
        <source>workshop agendas: clips, page ranges and talking points</source>
        <translation>agendas de taller: fragmentos, rangos de páginas y puntos a tratar</translation>
    </message>
    <message>
        <source>Build and share workshop agendas: ordered lists of whole resources, video clips (--from/--to) and page ranges (--pages), each with talking points and a planned duration.</source>
        <translation>Cree y comparta agendas de taller: listas ordenadas de recursos completos, fragmentos de video (--from/--to) y rangos de páginas (--pages), cada uno con sus puntos a tratar y una duración prevista.</translation>
    </message>
    <message>
        <source>create an empty agenda</source>
        <translation>crea una agenda vacía</translation>
    </message>
    <message>
        <source>the agenda&apos;s name</source>
        <translation>el nombre de la agenda</translation>
    </message>
    <message>
        <source>add a resource, a clip or a page range to an agenda</source>
        <translation>agrega a una agenda un recurso, un fragmento o un rango de páginas</translation>
    </message>
    <message>
        <source>Append an item. With --from/--to it is a clip of a video (M:SS); with --pages a page range of a document (A-B); otherwise the whole resource.</source>
        <translation>Agrega un elemento al final. Con --from/--to es un fragmento de un video (M:SS); con --pages, un rango de páginas de un documento (A-B); si no, el recurso completo.</translation>
    </message>
    <message>
        <source>the resource&apos;s id</source>
        <translation>el id del recurso</translation>
    </message>
    <message>
        <source>clip in point</source>
        <translation>punto de entrada del fragmento</translation>
    </message>
    <message>
        <source>clip out point</source>
        <translation>punto de salida del fragmento</translation>
    </message>
    <message>
        <source>page range (e.g. 3-5, or 4)</source>
        <translation>rango de páginas (p. ej., 3-5 o 4)</translation>
    </message>
    <message>
        <source>talking points (Markdown)</source>
        <translation>puntos a tratar (Markdown)</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>minutos previstos</translation>
    </message>
    <message>
        <source>list agendas</source>
        <translation>lista las agendas</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprime JSON</translation>
    </message>
    <message>
        <source>show an agenda&apos;s items in order</source>
        <translation>muestra en orden los elementos de una agenda</translation>
    </message>
    <message>
        <source>delete an agenda (the resources stay)</source>
        <translation>elimina una agenda (los recursos se conservan)</translation>
    </message>
    <message>
        <source>write an agenda to a file to share it</source>
        <translation>guarda una agenda en un archivo para compartirla</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribirá</translation>
    </message>
    <message>
        <source>add an agenda from a file (names missing items)</source>
        <translation>agrega una agenda desde un archivo (indica los elementos que faltan)</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>un archivo de agenda</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Created agenda {name!r} ({id})</source>
        <translation>Se creó la agenda {name!r} ({id})</translation>
    </message>
    <message>
        <source>a clip needs both --from and --to</source>
        <translation>un fragmento necesita --from y --to</translation>
    </message>
    <message>
        <source>give --from/--to (a clip) or --pages, not both</source>
        <translation>indique --from/--to (un fragmento) o --pages, no ambos</translation>
    </message>
    <message>
        <source>Added {item} to {agenda!r} as item {n}</source>
        <translation>Se agregó {item} a {agenda!r} como elemento {n}</translation>
    </message>
    <message>
        <source>No agendas yet. Create one with: real-desktop agenda new NAME</source>
        <translation>Todavía no hay agendas. Cree una con: real-desktop agenda new NOMBRE</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} planned</source>
        <translation>{minutes} previstos</translation>
    </message>
    <message>
        <source>no items yet: real-desktop agenda add AGENDA RESOURCE_ID</source>
        <translation>todavía no hay elementos: real-desktop agenda add AGENDA ID_DEL_RECURSO</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>no está en esta computadora</translation>
    </message>
    <message>
        <source>Removed agenda {name!r} (the resources and notes stay)</source>
        <translation>Se eliminó la agenda {name!r} (los recursos y las notas se conservan)</translation>
    </message>
    <message>
        <source>cannot write {file}: {error}</source>
        <translation>no se puede escribir {file}: {error}</translation>
    </message>
    <message>
        <source>Exported {name!r} ({items}) to {file}</source>
        <translation>Se exportó {name!r} ({items}) a {file}</translation>
    </message>
    <message>
        <source>that name was taken</source>
        <translation>ese nombre ya estaba en uso</translation>
    </message>
    <message>
        <source>Imported agenda {name!r}{note}: {items}</source>
        <translation>Se importó la agenda {name!r}{note}: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not on this computer:</source>
        <translation>
            <numerusform>%n elemento no está en esta computadora:</numerusform>
            <numerusform>%n elementos no están en esta computadora:</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>They stay in the agenda and work once those resources are added (e.g. with their content pack).</source>
        <translation>Se quedan en la agenda y funcionarán cuando se agreguen esos recursos (por ejemplo, con su paquete de contenido).</translation>
    </message>
    <message>
        <source>the agenda {name!r} has no items to present</source>
        <translation>la agenda {name!r} no tiene elementos que presentar</translation>
    </message>
    <message>
        <source>presenting needs the desktop window, which is not available in this installation ({name} is missing)</source>
        <translation>para presentar se necesita la ventana de escritorio, que no está disponible en esta instalación (falta {name})</translation>
    </message>
    <message numerus="yes">
        <source>“{id}” is the start of %n ids; type more of it</source>
        <translation>
            <numerusform>“{id}” es el comienzo de %n id; escriba más caracteres</numerusform>
            <numerusform>“{id}” es el comienzo de %n ids; escriba más caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>no item with the id “{id}”</source>
        <translation>no hay ningún elemento con el id “{id}”</translation>
    </message>
    <message>
        <source>Transcribing {name}</source>
        <translation>Transcribiendo {name}</translation>
    </message>
    <message>
        <source>Recognising {name}</source>
        <translation>Reconociendo {name}</translation>
    </message>
    <message>
        <source>interrupted: items finished so far are kept</source>
        <translation>interrumpido: se conservan los elementos terminados hasta ahora</translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation>Sin terminar:</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>job state</comment>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <comment>job state</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <comment>job state</comment>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>job state</comment>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>job state</comment>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <comment>job summary: items</comment>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcription finished</source>
        <translation>Transcripción terminada</translation>
    </message>
    <message>
        <source>Text recognition finished</source>
        <translation>Reconocimiento de texto terminado</translation>
    </message>
    <message>
        <source>change titles, tags, people, collection, language or date</source>
        <translation>cambia títulos, etiquetas, personas, colección, idioma o fecha</translation>
    </message>
    <message>
        <source>Edited fields are kept when the file is imported again or a pack is updated. An empty value (&quot;&quot;) clears the collection, language or date.</source>
        <translation>Los campos editados se conservan cuando el archivo se vuelve a importar o se actualiza un paquete. Un valor vacío (&quot;&quot;) borra la colección, el idioma o la fecha.</translation>
    </message>
    <message>
        <source>id or unambiguous prefix</source>
        <translation>id o un prefijo inequívoco</translation>
    </message>
    <message>
        <source>new title</source>
        <translation>nuevo título</translation>
    </message>
    <message>
        <source>new description</source>
        <translation>nueva descripción</translation>
    </message>
    <message>
        <source>add a tag (repeatable)</source>
        <translation>agrega una etiqueta (se puede repetir)</translation>
    </message>
    <message>
        <source>remove a tag (repeatable)</source>
        <translation>quita una etiqueta (se puede repetir)</translation>
    </message>
    <message>
        <source>collection (program)</source>
        <translation>colección (programa)</translation>
    </message>
    <message>
        <source>language code, e.g. en, es</source>
        <translation>código de idioma, p. ej., en, es</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>semicolon-separated names</source>
        <translation>nombres separados por punto y coma</translation>
    </message>
    <message>
        <source>nothing to change: give at least one option (see: real-desktop edit -h)</source>
        <translation>no hay nada que cambiar: indique al menos una opción (vea: real-desktop edit -h)</translation>
    </message>
    <message>
        <source>no resource with id {id!r}</source>
        <translation>no hay ningún recurso con el id {id!r}</translation>
    </message>
    <message>
        <source>Edited “{title}” ({id}): {fields}.</source>
        <translation>Se editó “{title}” ({id}): {fields}.</translation>
    </message>
    <message>
        <source>title</source>
        <comment>info field</comment>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <comment>info field</comment>
        <translation>descripción</translation>
    </message>
    <message>
        <source>collection</source>
        <comment>info field</comment>
        <translation>colección</translation>
    </message>
    <message>
        <source>language</source>
        <comment>info field</comment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>date</source>
        <comment>info field</comment>
        <translation>fecha</translation>
    </message>
    <message>
        <source>people</source>
        <comment>info field</comment>
        <translation>personas</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>info field</comment>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>list items with the same title or the same text</source>
        <translation>lista los elementos con el mismo título o el mismo texto</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>No hay duplicados.</translation>
    </message>
    <message>
        <source>Same title:</source>
        <translation>Mismo título:</translation>
    </message>
    <message>
        <source>Same text under different file names:</source>
        <translation>Mismo texto con distintos nombres de archivo:</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s). Merge one: real-desktop merge KEEP_ID OTHER_ID...</source>
        <translation>
            <numerusform>%n grupo. Para combinarlo: real-desktop merge ID_A_CONSERVAR OTRO_ID...</numerusform>
            <numerusform>%n grupos. Para combinar uno: real-desktop merge ID_A_CONSERVAR OTRO_ID...</numerusform>
        </translation>
    </message>
    <message>
        <source>merge duplicates into one item (their notes move to it)</source>
        <translation>combina duplicados en un solo elemento (sus notas pasan a él)</translation>
    </message>
    <message>
        <source>the item to keep</source>
        <translation>el elemento que se conserva</translation>
    </message>
    <message>
        <source>items to merge into it</source>
        <translation>elementos que se combinan con él</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n item(s) into “{title}” ({id}); their notes are on it now.</source>
        <translation>
            <numerusform>Se combinó %n elemento con “{title}” ({id}); ahora sus notas están en él.</numerusform>
            <numerusform>Se combinaron %n elementos con “{title}” ({id}); ahora sus notas están en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>watched folders: add, remove, list, sync</source>
        <translation>carpetas vigiladas: agregar, quitar, listar, sincronizar</translation>
    </message>
    <message>
        <source>watch a folder (and import it now)</source>
        <translation>vigila una carpeta (y la importa ahora)</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>do not import it now</source>
        <translation>no la importa ahora</translation>
    </message>
    <message>
        <source>stop watching a folder (its items stay)</source>
        <translation>deja de vigilar una carpeta (sus elementos se conservan)</translation>
    </message>
    <message>
        <source>list watched folders</source>
        <translation>lista las carpetas vigiladas</translation>
    </message>
    <message>
        <source>pick up added, changed, moved and deleted files</source>
        <translation>incorpora los archivos agregados, modificados, movidos y eliminados</translation>
    </message>
    <message>
        <source>one watched folder (default: all)</source>
        <translation>una carpeta vigilada (predeterminado: todas)</translation>
    </message>
    <message>
        <source>No longer watching {folder}; its items stay in the library.</source>
        <translation>Ya no se vigila {folder}; sus elementos se quedan en la biblioteca.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>Vigilando {folder}.</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>No watched folders (add one: real-desktop watch add DIR).</source>
        <translation>No hay carpetas vigiladas (agregue una: real-desktop watch add CARPETA).</translation>
    </message>
    <message>
        <source>{folder} is not a watched folder (see: real-desktop watch list)</source>
        <translation>{folder} no es una carpeta vigilada (vea: real-desktop watch list)</translation>
    </message>
    <message>
        <source>check this installation (media, Qt, library, fonts, engines, kiosk)</source>
        <translation>revisa esta instalación (multimedia, Qt, biblioteca, fuentes, motores, quiosco)</translation>
    </message>
    <message>
        <source>Check this installation of REAL Desktop: each line is ok or a problem with what to do about it. Exit code 1 when something needs fixing.</source>
        <translation>Revisa esta instalación de REAL Desktop: cada línea dice si está bien o si hay un problema, con lo que puede hacer al respecto. Código de salida 1 cuando hay algo que corregir.</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>doctor status</comment>
        <translation>bien</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>doctor status</comment>
        <translation>aviso</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <comment>doctor status</comment>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>fix: {fix}</source>
        <translation>solución: {fix}</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Todo está listo.</translation>
    </message>
    <message>
        <source>Some problems need fixing (above).</source>
        <translation>Hay problemas que corregir (arriba).</translation>
    </message>
    <message>
        <source>set up, check or disable kiosk mode (public terminals)</source>
        <translation>configura, revisa o desactiva el modo quiosco (terminales públicas)</translation>
    </message>
    <message>
        <source>Kiosk mode: REAL Desktop as the only program of a public terminal, locked down and erased between visitors. The configuration is system-wide (/etc/real-desktop/kiosk.ini on Linux; --config or $REAL_DESKTOP_KIOSK_CONFIG point elsewhere).</source>
        <translation>Modo quiosco: REAL Desktop como único programa de una terminal pública, bloqueado y borrado entre un visitante y otro. La configuración es para todo el sistema (/etc/real-desktop/kiosk.ini en Linux; --config o $REAL_DESKTOP_KIOSK_CONFIG indican otra ubicación).</translation>
    </message>
    <message>
        <source>the configuration file</source>
        <translation>el archivo de configuración</translation>
    </message>
    <message>
        <source>enable kiosk mode: admin PIN, idle timeout, policy</source>
        <translation>activa el modo quiosco: PIN de administración, tiempo de inactividad, reglas</translation>
    </message>
    <message>
        <source>file holding the admin PIN (first line); - reads standard input</source>
        <translation>archivo con el PIN de administración (primera línea); - lee la entrada estándar</translation>
    </message>
    <message>
        <source>end an unattended session after N minutes (default 5)</source>
        <translation>termina una sesión desatendida después de N minutos (predeterminado: 5)</translation>
    </message>
    <message>
        <source>visitors may take notes (default: yes)</source>
        <translation>los visitantes pueden tomar notas (predeterminado: sí)</translation>
    </message>
    <message>
        <source>visitors may print their notes (default: no)</source>
        <translation>los visitantes pueden imprimir sus notas (predeterminado: no)</translation>
    </message>
    <message>
        <source>visitors may save their notes to a removable drive (default: no)</source>
        <translation>los visitantes pueden guardar sus notas en una unidad extraíble (predeterminado: no)</translation>
    </message>
    <message>
        <source>install only packs signed by a trusted publisher (the terminal&apos;s library takes the rule when the app starts)</source>
        <translation>instala solo paquetes firmados por un editor de confianza (la biblioteca de la terminal adopta la regla cuando se inicia la aplicación)</translation>
    </message>
    <message>
        <source>the visitors&apos; interface language: the system&apos;s, English, Spanish, or choose (a language button on the welcome screen)</source>
        <translation>el idioma de la interfaz para los visitantes: el del sistema, inglés, español o choose (un botón de idioma en la pantalla de bienvenida)</translation>
    </message>
    <message>
        <source>show the kiosk configuration</source>
        <translation>muestra la configuración del quiosco</translation>
    </message>
    <message>
        <source>switch kiosk mode off (needs the admin PIN)</source>
        <translation>desactiva el modo quiosco (requiere el PIN de administración)</translation>
    </message>
    <message>
        <source>file holding the admin PIN; - reads standard input</source>
        <translation>archivo con el PIN de administración; - lee la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read the PIN from {source}: {error}</source>
        <translation>no se puede leer el PIN de {source}: {error}</translation>
    </message>
    <message>
        <source>the PIN file {source} is not text</source>
        <translation>el archivo de PIN {source} no es de texto</translation>
    </message>
    <message>
        <source>--idle-minutes must be between 1 and 1440</source>
        <translation>--idle-minutes debe estar entre 1 y 1440</translation>
    </message>
    <message>
        <source>Kiosk mode enabled; configuration written to {path}</source>
        <translation>Modo quiosco activado; configuración guardada en {path}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>enabled:</source>
        <comment>kiosk status</comment>
        <translation>activado:</translation>
    </message>
    <message>
        <source>admin PIN set:</source>
        <comment>kiosk status</comment>
        <translation>PIN de administración:</translation>
    </message>
    <message>
        <source>idle timeout:</source>
        <comment>kiosk status</comment>
        <translation>tiempo de inactividad:</translation>
    </message>
    <message>
        <source>notes:</source>
        <comment>kiosk status</comment>
        <translation>notas:</translation>
    </message>
    <message>
        <source>printing:</source>
        <comment>kiosk status</comment>
        <translation>impresión:</translation>
    </message>
    <message>
        <source>save to drive:</source>
        <comment>kiosk status</comment>
        <translation>guardar en unidad:</translation>
    </message>
    <message>
        <source>signed packs only:</source>
        <comment>kiosk status</comment>
        <translation>solo paquetes firmados:</translation>
    </message>
    <message>
        <source>language:</source>
        <comment>kiosk status</comment>
        <translation>idioma:</translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>aviso: {reason}</translation>
    </message>
    <message>
        <source>Kiosk mode is not set up ({path} does not exist).</source>
        <translation>El modo quiosco no está configurado ({path} no existe).</translation>
    </message>
    <message>
        <source>Kiosk mode is enabled ({path})</source>
        <translation>El modo quiosco está activado ({path})</translation>
    </message>
    <message>
        <source>Kiosk mode is disabled ({path})</source>
        <translation>El modo quiosco está desactivado ({path})</translation>
    </message>
    <message>
        <source>kiosk mode is not set up ({path})</source>
        <translation>el modo quiosco no está configurado ({path})</translation>
    </message>
    <message>
        <source>Kiosk mode disabled ({path}); `real-desktop kiosk setup` enables it again.</source>
        <translation>Modo quiosco desactivado ({path}); `real-desktop kiosk setup` lo vuelve a activar.</translation>
    </message>
    <message>
        <source>add files or folders (recursively) to the library</source>
        <translation>agrega archivos o carpetas (con sus subcarpetas) a la biblioteca</translation>
    </message>
    <message>
        <source>Add documents (PDF, Markdown, HTML, text) and videos/audio with their caption files (name.vtt, name.en.vtt, name.es.srt …). Re-importing updates changed files and skips unchanged ones.</source>
        <translation>Agrega documentos (PDF, Markdown, HTML, texto) y videos/audios con sus archivos de subtítulos (nombre.vtt, nombre.en.vtt, nombre.es.srt …). Al volver a importar se actualizan los archivos modificados y se omiten los que no cambiaron.</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>imprime el resumen como JSON</translation>
    </message>
    <message>
        <source>print only the summary</source>
        <translation>imprime solo el resumen</translation>
    </message>
    <message>
        <source>then transcribe the imported videos/audio that have no captions</source>
        <translation>luego transcribe los videos/audios importados que no tienen subtítulos</translation>
    </message>
    <message>
        <source>then recognise the text of the imported PDFs that are scans</source>
        <translation>luego reconoce el texto de los PDF importados que son escaneos</translation>
    </message>
    <message>
        <source>search titles, text and captions</source>
        <translation>busca en títulos, textos y subtítulos</translation>
    </message>
    <message>
        <source>words; &quot;a phrase&quot;, prefix*, -exclude, a OR b</source>
        <translation>palabras; &quot;una frase&quot;, prefijo*, -excluir, a OR b</translation>
    </message>
    <message>
        <source>only this language (e.g. en, es)</source>
        <translation>solo este idioma (p. ej., en, es)</translation>
    </message>
    <message>
        <source>at most N hits (default 20)</source>
        <translation>como máximo N resultados (predeterminado: 20)</translation>
    </message>
    <message>
        <source>list the library</source>
        <translation>lista la biblioteca</translation>
    </message>
    <message>
        <source>only items with this status</source>
        <translation>solo elementos con este estado</translation>
    </message>
    <message>
        <source>sort order (default: title)</source>
        <translation>orden (predeterminado: title)</translation>
    </message>
    <message>
        <source>reverse order</source>
        <translation>orden inverso</translation>
    </message>
    <message>
        <source>at most N items</source>
        <translation>como máximo N elementos</translation>
    </message>
    <message>
        <source>show one resource</source>
        <translation>muestra un recurso</translation>
    </message>
    <message>
        <source>resource id (or an unambiguous start of it)</source>
        <translation>id del recurso (o un comienzo inequívoco de él)</translation>
    </message>
    <message>
        <source>remove resources from the library (the files are kept)</source>
        <translation>quita recursos de la biblioteca (los archivos se conservan)</translation>
    </message>
    <message>
        <source>ids or unambiguous prefixes (all in one transaction)</source>
        <translation>ids o prefijos inequívocos (todos en una sola transacción)</translation>
    </message>
    <message>
        <source>point a missing resource at its file</source>
        <translation>vincula un recurso que falta con su archivo</translation>
    </message>
    <message>
        <source>where the file is now</source>
        <translation>dónde está el archivo ahora</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>solo este tipo</translation>
    </message>
    <message>
        <source>only this collection</source>
        <translation>solo esta colección</translation>
    </message>
    <message>
        <source>only items with this tag</source>
        <translation>solo elementos con esta etiqueta</translation>
    </message>
    <message>
        <source>not a number: {text!r}</source>
        <translation>no es un número: {text!r}</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <source>interrupted: files imported so far are kept</source>
        <translation>interrumpido: se conservan los archivos importados hasta ahora</translation>
    </message>
    <message>
        <source>page {page}, recognised by OCR</source>
        <translation>página {page}, reconocida por OCR</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>section “{section}”</source>
        <translation>sección “{section}”</translation>
    </message>
    <message>
        <source>document text</source>
        <translation>texto del documento</translation>
    </message>
    <message>
        <source>automatic {track}</source>
        <translation>{track} automático</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>en {time}</translation>
    </message>
    <message>
        <source>your note at {place}</source>
        <translation>su nota en {place}</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
    <message>
        <source>title/description</source>
        <translation>título/descripción</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>No hay resultados para “{query}”.</translation>
    </message>
    <message>
        <source>Did you mean: {suggestion}</source>
        <translation>Quizás quiso decir: {suggestion}</translation>
    </message>
    <message>
        <source>text</source>
        <comment>where a hit is: a plain text file</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>text</source>
        <comment>length of a plain text file</comment>
        <translation>texto</translation>
    </message>
    <message>
        <source>{pages} p.</source>
        <comment>length: pages of a PDF</comment>
        <translation>{pages} pág.</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La biblioteca está vacía.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
    <message>
        <source>no resource with id {id!r} (see: real-desktop list)</source>
        <translation>no hay ningún recurso con el id {id!r} (vea: real-desktop list)</translation>
    </message>
    <message>
        <source>{id!r} matches several resources: {ids}</source>
        <translation>{id!r} coincide con varios recursos: {ids}</translation>
    </message>
    <message numerus="yes">
        <source>%n pages/sections</source>
        <comment>info: what is indexed</comment>
        <translation>
            <numerusform>%n página/sección</numerusform>
            <numerusform>%n páginas/secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption cues</source>
        <comment>info: what is indexed</comment>
        <translation>
            <numerusform>%n línea de subtítulos</numerusform>
            <numerusform>%n líneas de subtítulos</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <comment>info field</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>info field</comment>
        <translation>tipo</translation>
    </message>
    <message>
        <source>status</source>
        <comment>info field</comment>
        <translation>estado</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>info field</comment>
        <translation>aviso</translation>
    </message>
    <message>
        <source>length</source>
        <comment>info field</comment>
        <translation>duración</translation>
    </message>
    <message>
        <source>file</source>
        <comment>info field</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>captions</source>
        <comment>info field</comment>
        <translation>subtítulos</translation>
    </message>
    <message>
        <source>indexed</source>
        <comment>info field</comment>
        <translation>indexado</translation>
    </message>
    <message>
        <source>progress</source>
        <comment>info field</comment>
        <translation>progreso</translation>
    </message>
    <message>
        <source>added</source>
        <comment>info field</comment>
        <translation>agregado</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>info field</comment>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>finished</source>
        <comment>progress</comment>
        <translation>terminado</translation>
    </message>
    <message>
        <source>stopped at {place}</source>
        <translation>se detuvo en {place}</translation>
    </message>
    <message>
        <source>Removed “{title}” ({id}) from the library. The file itself was not touched; its notes are kept and return with it if you import the file again.</source>
        <translation>Se quitó “{title}” ({id}) de la biblioteca. El archivo en sí no se modificó; sus notas se conservan y vuelven con él si importa el archivo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items from the library. The files themselves were not touched; their notes are kept and return with them if you import the files again.</source>
        <translation>
            <numerusform>Se quitó %n elemento de la biblioteca. El archivo en sí no se modificó; sus notas se conservan y vuelven con él si importa el archivo de nuevo.</numerusform>
            <numerusform>Se quitaron %n elementos de la biblioteca. Los archivos en sí no se modificaron; sus notas se conservan y vuelven con ellos si importa los archivos de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” ({id}) now uses {path}.</source>
        <translation>“{title}” ({id}) ahora usa {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>list, export and import your notes</source>
        <translation>lista, exporta e importa sus notas</translation>
    </message>
    <message>
        <source>List, export and import notes. Notes move between computers as JSON: importing the same file twice changes nothing (newest edit wins).</source>
        <translation>Lista, exporta e importa notas. Las notas pasan de una computadora a otra como JSON: importar dos veces el mismo archivo no cambia nada (gana la edición más reciente).</translation>
    </message>
    <message>
        <source>list notes (newest change first)</source>
        <translation>lista las notas (el cambio más reciente primero)</translation>
    </message>
    <message>
        <source>only notes with this tag</source>
        <translation>solo notas con esta etiqueta</translation>
    </message>
    <message>
        <source>changed on or after this date (YYYY-MM-DD)</source>
        <translation>modificadas en esta fecha o después (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>changed on or before this date (YYYY-MM-DD)</source>
        <translation>modificadas en esta fecha o antes (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>list deleted notes instead</source>
        <translation>lista en cambio las notas eliminadas</translation>
    </message>
    <message>
        <source>print JSON (one object per note)</source>
        <translation>imprime JSON (un objeto por nota)</translation>
    </message>
    <message>
        <source>export notes as Markdown, HTML, JSON or PDF</source>
        <translation>exporta notas como Markdown, HTML, JSON o PDF</translation>
    </message>
    <message>
        <source>Export the notes of one resource, a collection, or everything. md/html/json go to standard output unless -o is given; pdf needs -o and uses Qt (PySide6) to typeset the page. --per-resource writes one Markdown file per resource into the -o folder. JSON includes deleted notes so deletions travel too.</source>
        <translation>Exporta las notas de un recurso, de una colección o de todo. md/html/json van a la salida estándar salvo que se indique -o; pdf necesita -o y usa Qt (PySide6) para componer la página. --per-resource escribe un archivo Markdown por recurso en la carpeta de -o. JSON incluye las notas eliminadas para que las eliminaciones también se transfieran.</translation>
    </message>
    <message>
        <source>the format (default: md)</source>
        <translation>el formato (predeterminado: md)</translation>
    </message>
    <message>
        <source>file (or folder with --per-resource)</source>
        <translation>archivo (o carpeta con --per-resource)</translation>
    </message>
    <message>
        <source>Markdown: a file per resource</source>
        <translation>Markdown: un archivo por recurso</translation>
    </message>
    <message>
        <source>title at the top of the export</source>
        <translation>título al comienzo de la exportación</translation>
    </message>
    <message>
        <source>merge notes from a JSON export (no duplicates)</source>
        <translation>combina notas de una exportación JSON (sin duplicados)</translation>
    </message>
    <message>
        <source>a JSON export of notes</source>
        <translation>una exportación JSON de notas</translation>
    </message>
    <message>
        <source>empty the trash of notes deleted long ago</source>
        <translation>vacía la papelera de las notas eliminadas hace tiempo</translation>
    </message>
    <message>
        <source>deleted more than DAYS ago (default 30)</source>
        <translation>eliminadas hace más de DÍAS días (predeterminado: 30)</translation>
    </message>
    <message>
        <source>empty the whole trash</source>
        <translation>vacía toda la papelera</translation>
    </message>
    <message>
        <source>one resource (its id)</source>
        <translation>un recurso (su id)</translation>
    </message>
    <message>
        <source>one collection / program</source>
        <translation>una colección o programa</translation>
    </message>
    <message>
        <source>whole resource</source>
        <translation>recurso completo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>highlight ({color})</source>
        <translation>resaltado ({color})</translation>
    </message>
    <message>
        <source>resource not in this library</source>
        <translation>el recurso no está en esta biblioteca</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No hay notas.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf necesita --output ARCHIVO</translation>
    </message>
    <message>
        <source>--per-resource writes Markdown files into the folder given with -o</source>
        <translation>--per-resource escribe archivos Markdown en la carpeta indicada con -o</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Se escribió %n archivo en {folder}</numerusform>
            <numerusform>Se escribieron %n archivos en {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n note(s) to {file}</source>
        <translation>
            <numerusform>Se escribió %n nota en {file}</numerusform>
            <numerusform>Se escribieron %n notas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>highlight colour</comment>
        <translation>amarillo</translation>
    </message>
    <message>
        <source>green</source>
        <comment>highlight colour</comment>
        <translation>verde</translation>
    </message>
    <message>
        <source>blue</source>
        <comment>highlight colour</comment>
        <translation>azul</translation>
    </message>
    <message>
        <source>pink</source>
        <comment>highlight colour</comment>
        <translation>rosa</translation>
    </message>
    <message>
        <source>{file}: {reason} (nothing was imported)</source>
        <translation>{file}: {reason} (no se importó nada)</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, unchanged {unchanged}</source>
        <translation>agregadas {added}, actualizadas {updated}, sin cambios {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>purged %n note(s)</source>
        <translation>
            <numerusform>se depuró %n nota</numerusform>
            <numerusform>se depuraron %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>recognise the text of scanned PDF pages (offline OCR)</source>
        <translation>reconoce el texto de páginas PDF escaneadas (OCR sin conexión)</translation>
    </message>
    <message>
        <source>Read the pages of PDFs that have no text layer (scans) with Tesseract, so search finds their words and opens the right page. Pages with text of their own are left alone.</source>
        <translation>Lee con Tesseract las páginas de los PDF que no tienen capa de texto (escaneos), para que la búsqueda encuentre sus palabras y abra la página correcta. Las páginas que ya tienen texto propio no se tocan.</translation>
    </message>
    <message>
        <source>resource ids (or unambiguous prefixes)</source>
        <translation>ids de recursos (o prefijos inequívocos)</translation>
    </message>
    <message>
        <source>every PDF with no text on any page</source>
        <translation>todos los PDF sin texto en ninguna página</translation>
    </message>
    <message>
        <source>Tesseract language, e.g. eng, spa, eng+spa (default: from the document&apos;s language)</source>
        <translation>idioma de Tesseract, p. ej., eng, spa, eng+spa (predeterminado: según el idioma del documento)</translation>
    </message>
    <message>
        <source>give one or more IDs, or --all</source>
        <translation>indique uno o más ID, o --all</translation>
    </message>
    <message>
        <source>Nothing to recognise: every PDF has text.</source>
        <translation>No hay nada que reconocer: todos los PDF tienen texto.</translation>
    </message>
    <message>
        <source>build, verify, install and remove content packs</source>
        <translation>crea, verifica, instala y quita paquetes de contenido</translation>
    </message>
    <message>
        <source>Content packs (.realpack): a library that travels on a USB stick, signed, verified before anything in it is opened, installed atomically.</source>
        <translation>Paquetes de contenido (.realpack): una biblioteca que viaja en una memoria USB, firmada, verificada antes de abrir nada de su contenido e instalada de forma atómica.</translation>
    </message>
    <message>
        <source>make a publisher key: KEYFILE (mode 0600) and KEYFILE.pub</source>
        <translation>crea una clave de editor: ARCHIVO_CLAVE (modo 0600) y ARCHIVO_CLAVE.pub</translation>
    </message>
    <message>
        <source>where to write the private key</source>
        <translation>dónde guardar la clave privada</translation>
    </message>
    <message>
        <source>build a .realpack from files/folders or library items</source>
        <translation>crea un .realpack a partir de archivos/carpetas o de elementos de la biblioteca</translation>
    </message>
    <message>
        <source>files and folders (or ids with --from-library)</source>
        <translation>archivos y carpetas (o ids con --from-library)</translation>
    </message>
    <message>
        <source>the pack file to write</source>
        <translation>el archivo de paquete que se escribirá</translation>
    </message>
    <message>
        <source>pack library items (IDs or --collection)</source>
        <translation>empaqueta elementos de la biblioteca (ID o --collection)</translation>
    </message>
    <message>
        <source>with --from-library: every item of this collection</source>
        <translation>con --from-library: todos los elementos de esta colección</translation>
    </message>
    <message>
        <source>with --from-library: carry this agenda (repeatable; default: every agenda whose items are all in the pack)</source>
        <translation>con --from-library: incluye esta agenda (se puede repetir; predeterminado: toda agenda cuyos elementos estén todos en el paquete)</translation>
    </message>
    <message>
        <source>the pack&apos;s title</source>
        <translation>el título del paquete</translation>
    </message>
    <message>
        <source>the pack&apos;s id (default: from the title)</source>
        <translation>el id del paquete (predeterminado: a partir del título)</translation>
    </message>
    <message>
        <source>the pack&apos;s version (default 1)</source>
        <translation>la versión del paquete (predeterminada: 1)</translation>
    </message>
    <message>
        <source>who publishes it</source>
        <translation>quién lo publica</translation>
    </message>
    <message>
        <source>the pack&apos;s language, e.g. en, es</source>
        <translation>el idioma del paquete, p. ej., en, es</translation>
    </message>
    <message>
        <source>its licence</source>
        <translation>su licencia</translation>
    </message>
    <message>
        <source>sign with this private key</source>
        <translation>firma con esta clave privada</translation>
    </message>
    <message>
        <source>check a pack (exit 0 valid, 1 invalid; reason on stderr)</source>
        <translation>revisa un paquete (salida 0 válido, 1 no válido; el motivo en stderr)</translation>
    </message>
    <message>
        <source>the .realpack file</source>
        <translation>el archivo .realpack</translation>
    </message>
    <message>
        <source>refuse unsigned or untrusted packs</source>
        <translation>rechaza paquetes sin firma o que no son de confianza</translation>
    </message>
    <message>
        <source>verify and install (or upgrade) a pack</source>
        <translation>verifica e instala (o actualiza) un paquete</translation>
    </message>
    <message>
        <source>use files unpacked beside the pack where they are instead of copying them</source>
        <translation>usa en su lugar los archivos desempaquetados junto al paquete en vez de copiarlos</translation>
    </message>
    <message>
        <source>reinstall the same or an older version</source>
        <translation>reinstala la misma versión o una anterior</translation>
    </message>
    <message>
        <source>installed packs</source>
        <translation>paquetes instalados</translation>
    </message>
    <message>
        <source>remove an installed pack (notes on its items are kept)</source>
        <translation>quita un paquete instalado (las notas sobre sus elementos se conservan)</translation>
    </message>
    <message>
        <source>the pack&apos;s id (see: real-desktop pack list)</source>
        <translation>el id del paquete (vea: real-desktop pack list)</translation>
    </message>
    <message>
        <source>first write its notes here (JSON)</source>
        <translation>antes guarda sus notas aquí (JSON)</translation>
    </message>
    <message>
        <source>trust a publisher&apos;s public key</source>
        <translation>confía en la clave pública de un editor</translation>
    </message>
    <message>
        <source>the publisher&apos;s public key file</source>
        <translation>el archivo de clave pública del editor</translation>
    </message>
    <message>
        <source>a name to show (default: the file name)</source>
        <translation>un nombre para mostrar (predeterminado: el nombre del archivo)</translation>
    </message>
    <message>
        <source>stop trusting a publisher</source>
        <translation>deja de confiar en un editor</translation>
    </message>
    <message>
        <source>as real-desktop pack trusted shows it</source>
        <translation>tal como lo muestra real-desktop pack trusted</translation>
    </message>
    <message>
        <source>the publishers this computer trusts</source>
        <translation>los editores en los que confía esta computadora</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {keyfile} (private, keep it safe) and {pub}</source>
        <translation>Se escribieron {keyfile} (privada, guárdela en un lugar seguro) y {pub}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Huella digital: {fingerprint}</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <source>--from-library needs IDs or --collection C</source>
        <translation>--from-library necesita ID o --collection C</translation>
    </message>
    <message>
        <source>give files or folders to pack (or --from-library)</source>
        <translation>indique archivos o carpetas para empaquetar (o --from-library)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firma</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s)</source>
        <translation>
            <numerusform>%n agenda</numerusform>
            <numerusform>%n agendas</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {title} {version} ({id}), {items}{agendas}, {size}, {signed}</source>
        <translation>Se escribió {file}: {title} {version} ({id}), {items}{agendas}, {size}, {signed}</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>no existe ese elemento</translation>
    </message>
    <message>
        <source>ambiguous id</source>
        <translation>id ambiguo</translation>
    </message>
    <message>
        <source>{pack}: invalid: {reason}</source>
        <translation>{pack}: no válido: {reason}</translation>
    </message>
    <message>
        <source>signed by {signer} (trusted)</source>
        <translation>firmado por {signer} (de confianza)</translation>
    </message>
    <message>
        <source>signed by {signer} (not trusted here)</source>
        <translation>firmado por {signer} (no es de confianza aquí)</translation>
    </message>
    <message>
        <source>{pack}: valid — {title} {version} ({id}), {items}, {signed}</source>
        <translation>{pack}: válido — {title} {version} ({id}), {items}, {signed}</translation>
    </message>
    <message>
        <source>{pack}: not installed: {reason}</source>
        <translation>{pack}: no se instaló: {reason}</translation>
    </message>
    <message>
        <source>skipped {id}: {reason}</source>
        <translation>se omitió {id}: {reason}</translation>
    </message>
    <message>
        <source>No content packs installed.</source>
        <translation>No hay paquetes de contenido instalados.</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>editor de confianza</translation>
    </message>
    <message>
        <source>signed, not trusted</source>
        <translation>firmado, no es de confianza</translation>
    </message>
    <message>
        <source>Wrote the notes on its items to {file}</source>
        <translation>Se guardaron las notas sobre sus elementos en {file}</translation>
    </message>
    <message>
        <source>Removed {title} {version} ({items}); notes on them are kept</source>
        <translation>Se quitó {title} {version} ({items}); las notas sobre ellos se conservan</translation>
    </message>
    <message>
        <source>Trusted {name}: {fingerprint}</source>
        <translation>De confianza {name}: {fingerprint}</translation>
    </message>
    <message>
        <source>No longer trusted: {name} ({fingerprint})</source>
        <translation>Ya no es de confianza: {name} ({fingerprint})</translation>
    </message>
    <message>
        <source>No trusted publishers.</source>
        <translation>No hay editores de confianza.</translation>
    </message>
    <message>
        <source>make automatic captions for videos/audio by speech recognition (offline)</source>
        <translation>crea subtítulos automáticos para videos/audios mediante reconocimiento de voz (sin conexión)</translation>
    </message>
    <message>
        <source>Recognise what is said in videos or audio files with no captions, on this computer, and store it as a caption track marked “Automatic”: searchable, shown in the player, exportable. A caption file imported later replaces it.</source>
        <translation>Reconoce lo que se dice en videos o archivos de audio sin subtítulos, en esta computadora, y lo guarda como una pista de subtítulos marcada como “Automática”: se puede buscar, se muestra en el reproductor y se puede exportar. Un archivo de subtítulos importado después la reemplaza.</translation>
    </message>
    <message>
        <source>every video/audio item with no captions</source>
        <translation>todos los videos/audios sin subtítulos</translation>
    </message>
    <message>
        <source>pocketsphinx (built in, English) or whisper (needs a ggml model file in REAL_DESKTOP_WHISPER_MODEL)</source>
        <translation>pocketsphinx (incluido, inglés) o whisper (necesita un archivo de modelo ggml en REAL_DESKTOP_WHISPER_MODEL)</translation>
    </message>
    <message>
        <source>spoken language, e.g. en (default: the item&apos;s, else en)</source>
        <translation>idioma hablado, p. ej., en (predeterminado: el del elemento o, si no, en)</translation>
    </message>
    <message>
        <source>also write the captions to this WebVTT file</source>
        <translation>además guarda los subtítulos en este archivo WebVTT</translation>
    </message>
    <message>
        <source>--vtt writes one file: give exactly one item</source>
        <translation>--vtt escribe un solo archivo: indique exactamente un elemento</translation>
    </message>
    <message>
        <source>Nothing to transcribe: every video and audio item has captions.</source>
        <translation>No hay nada que transcribir: todos los videos y audios tienen subtítulos.</translation>
    </message>
    <message>
        <source>Captions written to {file}</source>
        <translation>Subtítulos guardados en {file}</translation>
    </message>
    <message>
        <source>document</source>
        <comment>resource kind</comment>
        <translation>documento</translation>
    </message>
    <message>
        <source>video</source>
        <comment>resource kind</comment>
        <translation>video</translation>
    </message>
    <message>
        <source>audio</source>
        <comment>resource kind</comment>
        <translation>audio</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>resource status</comment>
        <translation>correcto</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>resource status</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>resource status</comment>
        <translation>falló</translation>
    </message>
    <message>
        <source>added</source>
        <comment>one file&apos;s import outcome</comment>
        <translation>agregado</translation>
    </message>
    <message>
        <source>updated</source>
        <comment>one file&apos;s import outcome</comment>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>one file&apos;s import outcome</comment>
        <translation>omitido</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>one file&apos;s import outcome</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>one file&apos;s import outcome</comment>
        <translation>falló</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n agregado</numerusform>
            <numerusform>%n agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n faltante</numerusform>
            <numerusform>%n faltantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <comment>import summary: files</comment>
        <translation>
            <numerusform>%n no compatible</numerusform>
            <numerusform>%n no compatibles</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizados:</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Faltantes:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>later</name>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>exited with code {code}</source>
        <translation>terminó con el código {code}</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquete ejecutable</translation>
    </message>
    <message>
        <source>{how}, portable</source>
        <translation>{how}, portátil</translation>
    </message>
    <message>
        <source>version</source>
        <comment>doctor check</comment>
        <translation>versión</translation>
    </message>
    <message>
        <source>REAL Desktop {version} ({how})</source>
        <translation>REAL Desktop {version} ({how})</translation>
    </message>
    <message>
        <source>cannot create the data folder: {error}</source>
        <translation>no se puede crear la carpeta de datos: {error}</translation>
    </message>
    <message>
        <source>Set REAL_DESKTOP_HOME to a folder this account can write, or fix the permissions of the folder named above.</source>
        <translation>Asigne a REAL_DESKTOP_HOME una carpeta en la que esta cuenta pueda escribir, o corrija los permisos de la carpeta indicada.</translation>
    </message>
    <message>
        <source>{folder} cannot be written (read-only?)</source>
        <translation>no se puede escribir en {folder} (¿solo lectura?)</translation>
    </message>
    <message>
        <source>Copy the program to a writable drive or folder, or set REAL_DESKTOP_HOME to one.</source>
        <translation>Copie el programa a una unidad o carpeta en la que se pueda escribir, o asigne una a REAL_DESKTOP_HOME.</translation>
    </message>
    <message>
        <source>portable</source>
        <translation>portátil</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>{folder} ({size} free; {how})</source>
        <translation>{folder} ({size} libres; {how})</translation>
    </message>
    <message>
        <source>only {size} free at {folder}</source>
        <translation>solo quedan {size} libres en {folder}</translation>
    </message>
    <message>
        <source>Free some space on that drive (imports, thumbnails and backups need room) or move the library elsewhere.</source>
        <translation>Libere espacio en esa unidad (las importaciones, las miniaturas y las copias de seguridad lo necesitan) o mueva la biblioteca a otro lugar.</translation>
    </message>
    <message>
        <source>data folder</source>
        <comment>doctor check</comment>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>database</source>
        <comment>doctor check</comment>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>media player</source>
        <comment>doctor check</comment>
        <translation>reproductor</translation>
    </message>
    <message>
        <source>no library yet (it is created on first start)</source>
        <translation>todavía no hay biblioteca (se crea la primera vez que se inicia)</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>no se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>Restore the latest copy from the backups/ folder beside it, or move the file away and import the library again.</source>
        <translation>Restaure la copia más reciente de la carpeta backups/ que está a su lado, o mueva el archivo a otro lugar e importe la biblioteca de nuevo.</translation>
    </message>
    <message>
        <source>{file} is damaged: {errors}</source>
        <translation>{file} está dañado: {errors}</translation>
    </message>
    <message>
        <source>Restore the latest copy from the backups/ folder beside it.</source>
        <translation>Restaure la copia más reciente de la carpeta backups/ que está a su lado.</translation>
    </message>
    <message>
        <source>made by a newer REAL Desktop (schema {version})</source>
        <translation>creada por una versión más reciente de REAL Desktop (esquema {version})</translation>
    </message>
    <message>
        <source>Install the newer version of REAL Desktop.</source>
        <translation>Instale la versión más reciente de REAL Desktop.</translation>
    </message>
    <message>
        <source>integrity ok, schema {version} ({size})</source>
        <translation>integridad correcta, esquema {version} ({size})</translation>
    </message>
    <message>
        <source>the media check crashed: {error}</source>
        <translation>la revisión multimedia falló: {error}</translation>
    </message>
    <message>
        <source>Reinstall REAL Desktop (libvlc or its plugins are damaged).</source>
        <translation>Reinstale REAL Desktop (libvlc o sus complementos están dañados).</translation>
    </message>
    <message numerus="yes">
        <source>libvlc {version} loaded, %n plugin(s)</source>
        <translation>
            <numerusform>libvlc {version} cargado, %n complemento</numerusform>
            <numerusform>libvlc {version} cargado, %n complementos</numerusform>
        </translation>
    </message>
    <message>
        <source>libvlc not available ({error}); using Qt Multimedia</source>
        <translation>libvlc no está disponible ({error}); se usa Qt Multimedia</translation>
    </message>
    <message>
        <source>Videos still play; for the VLC player install VLC (Debian/Ubuntu: apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output).</source>
        <translation>Los videos se siguen reproduciendo; para el reproductor VLC instale VLC (Debian/Ubuntu: apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output).</translation>
    </message>
    <message>
        <source>neither libvlc nor Qt Multimedia can play videos</source>
        <translation>ni libvlc ni Qt Multimedia pueden reproducir videos</translation>
    </message>
    <message>
        <source>Install VLC (apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output) or reinstall REAL Desktop.</source>
        <translation>Instale VLC (apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output) o reinstale REAL Desktop.</translation>
    </message>
    <message>
        <source>Run it from a desktop session (DISPLAY or WAYLAND_DISPLAY set), or check without a screen with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Ejecútelo desde una sesión de escritorio (con DISPLAY o WAYLAND_DISPLAY definidos), o haga la revisión sin pantalla con QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s system libraries (Debian/Ubuntu: libgl1 libegl1 libxkbcommon-x11-0 libxcb-cursor0) or reinstall REAL Desktop.</source>
        <translation>Instale las bibliotecas de sistema de Qt (Debian/Ubuntu: libgl1 libegl1 libxkbcommon-x11-0 libxcb-cursor0) o reinstale REAL Desktop.</translation>
    </message>
    <message>
        <source>qt</source>
        <comment>doctor check</comment>
        <translation>qt</translation>
    </message>
    <message>
        <source>the window cannot start: {reason}</source>
        <translation>la ventana no puede iniciarse: {reason}</translation>
    </message>
    <message>
        <source>Qt {version}, platform {platform} (plugins: {plugins})</source>
        <translation>Qt {version}, plataforma {platform} (complementos: {plugins})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>pdf viewer</source>
        <comment>doctor check</comment>
        <translation>visor de PDF</translation>
    </message>
    <message>
        <source>QtPdf is missing: {error}</source>
        <translation>falta QtPdf: {error}</translation>
    </message>
    <message>
        <source>Reinstall REAL Desktop (PySide6-Addons).</source>
        <translation>Reinstale REAL Desktop (PySide6-Addons).</translation>
    </message>
    <message>
        <source>fonts</source>
        <comment>doctor check</comment>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>no fonts found: text cannot be shown</source>
        <translation>no se encontraron fuentes: no se puede mostrar texto</translation>
    </message>
    <message>
        <source>Install fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core).</source>
        <translation>Instale fuentes (Debian/Ubuntu: apt-get install fonts-dejavu-core).</translation>
    </message>
    <message numerus="yes">
        <source>%n families, default {font}</source>
        <translation>
            <numerusform>%n familia, predeterminada {font}</numerusform>
            <numerusform>%n familias, predeterminada {font}</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no display to open it on</source>
        <translation>no hay una pantalla donde abrirla</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>speech: {speech}; OCR: {ocr}</source>
        <translation>voz: {speech}; OCR: {ocr}</translation>
    </message>
    <message>
        <source>speech/OCR</source>
        <comment>doctor check</comment>
        <translation>voz/OCR</translation>
    </message>
    <message>
        <source>Optional. For speech-to-text: {speech}; for OCR of scanned PDFs: {ocr}.</source>
        <translation>Opcional. Para voz a texto: {speech}; para OCR de PDF escaneados: {ocr}.</translation>
    </message>
    <message>
        <source>Optional. For speech-to-text: {speech}.</source>
        <translation>Opcional. Para voz a texto: {speech}.</translation>
    </message>
    <message>
        <source>Optional. For OCR of scanned PDFs: {ocr}.</source>
        <translation>Opcional. Para OCR de PDF escaneados: {ocr}.</translation>
    </message>
    <message>
        <source>use a bundle built with pocketsphinx</source>
        <translation>use un paquete ejecutable creado con pocketsphinx</translation>
    </message>
    <message>
        <source>apt-get install tesseract-ocr (Debian/Ubuntu)</source>
        <translation>apt-get install tesseract-ocr (Debian/Ubuntu)</translation>
    </message>
    <message>
        <source>not configured (this version has no kiosk mode)</source>
        <translation>no configurado (esta versión no tiene modo quiosco)</translation>
    </message>
    <message>
        <source>not configured (no {path}): desktop mode</source>
        <translation>no configurado (no existe {path}): modo escritorio</translation>
    </message>
    <message>
        <source>the kiosk configuration cannot be read: {error}</source>
        <translation>no se puede leer la configuración del quiosco: {error}</translation>
    </message>
    <message>
        <source>Fix or rewrite it: real-desktop kiosk setup --pin-file FILE.</source>
        <translation>Corríjala o vuelva a escribirla: real-desktop kiosk setup --pin-file ARCHIVO.</translation>
    </message>
    <message>
        <source>configured but off ({path})</source>
        <translation>configurado pero desactivado ({path})</translation>
    </message>
    <message>
        <source>As root: chown root:root {path} {folder} &amp;&amp; chmod 644 {path}.</source>
        <translation>Como root: chown root:root {path} {folder} &amp;&amp; chmod 644 {path}.</translation>
    </message>
    <message>
        <source>no admin PIN is set</source>
        <translation>no hay un PIN de administración</translation>
    </message>
    <message>
        <source>Set one with real-desktop kiosk setup --pin-file FILE.</source>
        <translation>Defina uno con real-desktop kiosk setup --pin-file ARCHIVO.</translation>
    </message>
    <message>
        <source>kiosk on, but {issues}</source>
        <translation>quiosco activado, pero {issues}</translation>
    </message>
    <message>
        <source>on ({path}), idle reset after {minutes} min</source>
        <translation>activado ({path}), se reinicia tras {minutes} min de inactividad</translation>
    </message>
    <message>
        <source>kiosk</source>
        <comment>doctor check</comment>
        <translation>quiosco</translation>
    </message>
    <message>
        <source>cannot read the kiosk configuration {file}: {why}</source>
        <translation>no se puede leer la configuración del quiosco {file}: {why}</translation>
    </message>
    <message>
        <source>{file} has no [{section}] section</source>
        <translation>{file} no tiene una sección [{section}]</translation>
    </message>
    <message>
        <source>{file}: {why}</source>
        <translation>{file}: {why}</translation>
    </message>
    <message>
        <source>language must be one of {choices}, not {value!r}</source>
        <translation>language debe ser uno de {choices}, no {value!r}</translation>
    </message>
    <message>
        <source>cannot write the kiosk configuration {file}: {why} (run it as root or an administrator)</source>
        <translation>no se puede escribir la configuración del quiosco {file}: {why} (ejecútelo como root o como administrador)</translation>
    </message>
    <message>
        <source>cannot write the kiosk configuration {file}: {why}</source>
        <translation>no se puede escribir la configuración del quiosco {file}: {why}</translation>
    </message>
    <message>
        <source>cannot check {path}: {error}</source>
        <translation>no se puede revisar {path}: {error}</translation>
    </message>
    <message>
        <source>{path} can be changed by other accounts (mode {mode})</source>
        <translation>otras cuentas pueden modificar {path} (modo {mode})</translation>
    </message>
    <message>
        <source>{path} is not owned by root: the account that owns it can change it</source>
        <translation>{path} no pertenece a root: la cuenta a la que pertenece puede modificarlo</translation>
    </message>
    <message>
        <source>{folder} lets other accounts replace the file</source>
        <translation>{folder} permite que otras cuentas reemplacen el archivo</translation>
    </message>
    <message>
        <source>{folder} is not owned by root: its owner can replace the file</source>
        <translation>{folder} no pertenece a root: su dueño puede reemplazar el archivo</translation>
    </message>
    <message>
        <source>the PIN must have at least {n} characters</source>
        <translation>el PIN debe tener al menos {n} caracteres</translation>
    </message>
    <message>
        <source>the PIN must have at most {n} characters</source>
        <translation>el PIN debe tener como máximo {n} caracteres</translation>
    </message>
    <message>
        <source>the stored PIN is not a scrypt hash this version can read</source>
        <translation>el PIN guardado no es un hash scrypt que esta versión pueda leer</translation>
    </message>
    <message>
        <source>PIN accepted.</source>
        <translation>PIN aceptado.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {wait}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {seconds} s before the next try.</source>
        <translation>PIN incorrecto. Espere {seconds} s antes del próximo intento.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>cancelado; no se cambió nada</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path}: not a content pack (a ZIP archive) — {error}</source>
        <translation>{path}: no es un paquete de contenido (un archivo ZIP) — {error}</translation>
    </message>
    <message>
        <source>{path}: more than {n} members</source>
        <translation>{path}: más de {n} miembros</translation>
    </message>
    <message>
        <source>member {name}: folders are not allowed in a pack</source>
        <translation>miembro {name}: no se permiten carpetas en un paquete</translation>
    </message>
    <message>
        <source>member {name!r}: is a symbolic link</source>
        <translation>miembro {name!r}: es un enlace simbólico</translation>
    </message>
    <message>
        <source>member {name!r}: is a special file (mode {mode})</source>
        <translation>miembro {name!r}: es un archivo especial (modo {mode})</translation>
    </message>
    <message>
        <source>member {name!r}: is encrypted</source>
        <translation>miembro {name!r}: está cifrado</translation>
    </message>
    <message>
        <source>member {name!r}: unsupported compression</source>
        <translation>miembro {name!r}: compresión no compatible</translation>
    </message>
    <message>
        <source>member {name!r}: appears twice in the archive</source>
        <translation>miembro {name!r}: aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>member {name!r}: collides with {other!r} (names differ only in case)</source>
        <translation>miembro {name!r}: choca con {other!r} (los nombres solo difieren en mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>member {name!r}: compression ratio beyond {ratio}:1 (a zip bomb?)</source>
        <translation>miembro {name!r}: tasa de compresión superior a {ratio}:1 (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>member {name!r}: stored size and size differ</source>
        <translation>miembro {name!r}: el tamaño almacenado y el tamaño no coinciden</translation>
    </message>
    <message>
        <source>member {name!r}: larger than it says (a zip bomb?)</source>
        <translation>miembro {name!r}: es más grande de lo que declara (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>member {name!r}: damaged ({error})</source>
        <translation>miembro {name!r}: dañado ({error})</translation>
    </message>
    <message>
        <source>{path}: no {manifest} (not a content pack)</source>
        <translation>{path}: no tiene {manifest} (no es un paquete de contenido)</translation>
    </message>
    <message>
        <source>member {name!r}: is in the archive but not listed in {manifest}</source>
        <translation>miembro {name!r}: está en el archivo pero no figura en {manifest}</translation>
    </message>
    <message>
        <source>member {name!r}: is listed in {manifest} but missing</source>
        <translation>miembro {name!r}: figura en {manifest} pero falta</translation>
    </message>
    <message>
        <source>member {name!r}: size {size} but the manifest says {declared}</source>
        <translation>miembro {name!r}: tamaño {size}, pero el manifiesto dice {declared}</translation>
    </message>
    <message>
        <source>{manifest}: the pack declares {total} bytes, beyond the limit</source>
        <translation>{manifest}: el paquete declara {total} bytes, más del límite</translation>
    </message>
    <message>
        <source>member {name!r}: larger than {mb} MB</source>
        <translation>miembro {name!r}: mayor que {mb} MB</translation>
    </message>
    <message>
        <source>{name}: the pack is not signed, and signed packs are required</source>
        <translation>{name}: el paquete no está firmado y se exigen paquetes firmados</translation>
    </message>
    <message>
        <source>{name}: signed by an untrusted publisher ({signer})</source>
        <translation>{name}: firmado por un editor que no es de confianza ({signer})</translation>
    </message>
    <message>
        <source>{name}: members overlap in the archive (a zip bomb?)</source>
        <translation>{name}: los miembros se superponen en el archivo (¿una bomba ZIP?)</translation>
    </message>
    <message>
        <source>member {name!r}: checksum mismatch (the file was changed or damaged)</source>
        <translation>miembro {name!r}: la suma de comprobación no coincide (el archivo se modificó o está dañado)</translation>
    </message>
    <message>
        <source>{title} {version} is already installed; nothing changed</source>
        <translation>{title} {version} ya está instalado; no cambió nada</translation>
    </message>
    <message>
        <source>{title} {version} is older than the installed {installed}; nothing changed</source>
        <translation>{title} {version} es anterior al {installed} instalado; no cambió nada</translation>
    </message>
    <message>
        <source>{title} {version} installed</source>
        <translation>{title} {version} instalado</translation>
    </message>
    <message>
        <source>{title} {version} upgraded</source>
        <translation>{title} {version} actualizado</translation>
    </message>
    <message>
        <source>{title} {version} reinstalled</source>
        <translation>{title} {version} reinstalado</translation>
    </message>
    <message>
        <source>item {id!r}: already belongs to the installed pack {pack!r}</source>
        <translation>elemento {id!r}: ya pertenece al paquete instalado {pack!r}</translation>
    </message>
    <message>
        <source>no installed pack has the id {id!r}</source>
        <translation>ningún paquete instalado tiene el id {id!r}</translation>
    </message>
    <message>
        <source>{file}: cannot write the notes: {error}</source>
        <translation>{file}: no se pueden escribir las notas: {error}</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>cancelled; no pack was written</source>
        <translation>cancelado; no se escribió ningún paquete</translation>
    </message>
    <message>
        <source>nothing to pack: no supported files in {paths}</source>
        <translation>no hay nada que empaquetar: no hay archivos compatibles en {paths}</translation>
    </message>
    <message>
        <source>{id}: no such item in the library</source>
        <translation>{id}: no existe ese elemento en la biblioteca</translation>
    </message>
    <message>
        <source>nothing to pack: no items chosen</source>
        <translation>no hay nada que empaquetar: no se eligió ningún elemento</translation>
    </message>
    <message>
        <source>agenda {name!r}: {why}</source>
        <translation>agenda {name!r}: {why}</translation>
    </message>
    <message>
        <source>agenda {name!r}: names items not in the pack: {ids}</source>
        <translation>agenda {name!r}: menciona elementos que no están en el paquete: {ids}</translation>
    </message>
    <message>
        <source>{file}: already exists; choose another name</source>
        <translation>{file}: ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>{file}: cannot write the key: {error}</source>
        <translation>{file}: no se puede escribir la clave: {error}</translation>
    </message>
    <message>
        <source>{file}: not a public key file ({error})</source>
        <translation>{file}: no es un archivo de clave pública ({error})</translation>
    </message>
    <message>
        <source>{file}: not an Ed25519 public key</source>
        <translation>{file}: no es una clave pública Ed25519</translation>
    </message>
    <message>
        <source>{file}: not a private key file ({error})</source>
        <translation>{file}: no es un archivo de clave privada ({error})</translation>
    </message>
    <message>
        <source>{file}: not an Ed25519 private key</source>
        <translation>{file}: no es una clave privada Ed25519</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>algoritmo desconocido</translation>
    </message>
    <message>
        <source>{file}: unreadable ({error})</source>
        <translation>{file}: ilegible ({error})</translation>
    </message>
    <message>
        <source>{file}: the signature does not match manifest.json; the manifest was changed after signing</source>
        <translation>{file}: la firma no coincide con manifest.json; el manifiesto se modificó después de firmarlo</translation>
    </message>
    <message>
        <source>{file}: unreadable trust store ({error})</source>
        <translation>{file}: almacén de confianza ilegible ({error})</translation>
    </message>
    <message>
        <source>no trusted publisher has the fingerprint {fingerprint}</source>
        <translation>ningún editor de confianza tiene la huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>{fingerprint} matches several publishers; give more digits</source>
        <translation>{fingerprint} coincide con varios editores; indique más dígitos</translation>
    </message>
    <message>
        <source>Could not upgrade the library to version {version} ({description}): {error}. The library was left at version {left}; a backup is at {backup}</source>
        <translation>No se pudo actualizar la biblioteca a la versión {version} ({description}): {error}. La biblioteca quedó en la versión {left}; hay una copia de seguridad en {backup}</translation>
    </message>
    <message>
        <source>Could not upgrade the library to version {version} ({description}): {error}. The library was left at version {left}</source>
        <translation>No se pudo actualizar la biblioteca a la versión {version} ({description}): {error}. La biblioteca quedó en la versión {left}</translation>
    </message>
    <message>
        <source>Cannot open the library {name}: {error}</source>
        <translation>No se puede abrir la biblioteca {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a usable library database: {error}</source>
        <translation>{name} no es una base de datos de biblioteca utilizable: {error}</translation>
    </message>
    <message>
        <source>This library was created by a newer REAL Desktop (schema {version}); please update the app.</source>
        <translation>Esta biblioteca se creó con una versión más reciente de REAL Desktop (esquema {version}); actualice la aplicación.</translation>
    </message>
    <message>
        <source>give at least one other item to merge into the one kept</source>
        <translation>indique al menos otro elemento para combinarlo con el que se conserva</translation>
    </message>
    <message>
        <source>“{other}” is a {other_kind}, “{kept}” a {kept_kind}</source>
        <translation>“{other}” es de tipo {other_kind} y “{kept}” de tipo {kept_kind}</translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD (a real day), not {text!r}</source>
        <translation>la fecha debe tener el formato AAAA-MM-DD (un día que exista), no {text!r}</translation>
    </message>
    <message>
        <source>a title can only be given to one item at a time</source>
        <translation>solo se puede dar un título a un elemento a la vez</translation>
    </message>
    <message>
        <source>the title cannot be empty</source>
        <translation>el título no puede estar vacío</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>found again</source>
        <translation>encontrado de nuevo</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>still not found</source>
        <translation>sigue sin encontrarse</translation>
    </message>
    <message>
        <source>file not found (last seen at {path})</source>
        <translation>archivo no encontrado (visto por última vez en {path})</translation>
    </message>
    <message>
        <source>could not be saved: {error}</source>
        <translation>no se pudo guardar: {error}</translation>
    </message>
    <message>
        <source>There is no resource with id {id}.</source>
        <translation>No hay ningún recurso con el id {id}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{name}: unsupported file type ({suffix}).</source>
        <translation>{name}: tipo de archivo no compatible ({suffix}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>{name} is a {kind} file, but “{title}” is a {resource_kind}.</source>
        <translation>{name} es un archivo de tipo {kind}, pero “{title}” es de tipo {resource_kind}.</translation>
    </message>
    <message>
        <source>{name} cannot be imported.</source>
        <translation>{name} no se puede importar.</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} no es una carpeta</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>carpeta no encontrada</translation>
    </message>
    <message>
        <source>Cannot create the library folder {folder}: {error}</source>
        <translation>No se puede crear la carpeta de la biblioteca {folder}: {error}</translation>
    </message>
    <message>
        <source>not a time: {text!r} (use M:SS, e.g. 2:05)</source>
        <translation>no es una hora: {text!r} (use M:SS, p. ej., 2:05)</translation>
    </message>
    <message>
        <source>not a page range: {text!r} (use A-B, e.g. 3-5)</source>
        <translation>no es un rango de páginas: {text!r} (use A-B, p. ej., 3-5)</translation>
    </message>
    <message>
        <source>not a page range: {text!r} (pages start at 1, A ≤ B)</source>
        <translation>no es un rango de páginas: {text!r} (las páginas empiezan en 1, A ≤ B)</translation>
    </message>
    <message>
        <source>an agenda item needs a resource id</source>
        <translation>un elemento de agenda necesita el id de un recurso</translation>
    </message>
    <message>
        <source>a clip needs an in point and an out point</source>
        <translation>un fragmento necesita un punto de entrada y un punto de salida</translation>
    </message>
    <message>
        <source>the clip&apos;s out point ({out}) must come after its in point ({in_})</source>
        <translation>el punto de salida del fragmento ({out}) debe ir después de su punto de entrada ({in_})</translation>
    </message>
    <message>
        <source>a page range needs a first and a last page</source>
        <translation>un rango de páginas necesita una primera y una última página</translation>
    </message>
    <message>
        <source>not a page range: {first}-{last}</source>
        <translation>no es un rango de páginas: {first}-{last}</translation>
    </message>
    <message>
        <source>planned minutes cannot be negative</source>
        <translation>los minutos previstos no pueden ser negativos</translation>
    </message>
    <message>
        <source>{title!r} is a document: give --pages, not a clip</source>
        <translation>{title!r} es un documento: indique --pages, no un fragmento</translation>
    </message>
    <message>
        <source>the in point {time} is past the end of {title!r} ({length})</source>
        <translation>el punto de entrada {time} está después del final de {title!r} ({length})</translation>
    </message>
    <message>
        <source>{title!r} is a recording: give --from/--to, not pages</source>
        <translation>{title!r} es una grabación: indique --from/--to, no páginas</translation>
    </message>
    <message numerus="yes">
        <source>{title!r} has %n page(s); page {page} is not one of them</source>
        <translation>
            <numerusform>{title!r} tiene %n página; la página {page} no es una de ellas</numerusform>
            <numerusform>{title!r} tiene %n páginas; la página {page} no es una de ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>no agenda named {name!r} (see: real-desktop agenda list)</source>
        <translation>no hay ninguna agenda llamada {name!r} (vea: real-desktop agenda list)</translation>
    </message>
    <message>
        <source>there is already an agenda named {name!r}</source>
        <translation>ya existe una agenda llamada {name!r}</translation>
    </message>
    <message>
        <source>an item is a clip or a page range, not both</source>
        <translation>un elemento es un fragmento o un rango de páginas, no ambos</translation>
    </message>
    <message>
        <source>no resource with id {id!r} in this library</source>
        <translation>no hay ningún recurso con el id {id!r} en esta biblioteca</translation>
    </message>
    <message>
        <source>that item is not in this agenda any more</source>
        <translation>ese elemento ya no está en esta agenda</translation>
    </message>
    <message>
        <source>the agenda changed meanwhile; reload it and try again</source>
        <translation>la agenda cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>an agenda needs a name</source>
        <translation>una agenda necesita un nombre</translation>
    </message>
    <message>
        <source>that agenda no longer exists</source>
        <translation>esa agenda ya no existe</translation>
    </message>
    <message>
        <source>cannot read the caption file: {error}</source>
        <translation>no se puede leer el archivo de subtítulos: {error}</translation>
    </message>
    <message>
        <source>the caption file is empty</source>
        <translation>el archivo de subtítulos está vacío</translation>
    </message>
    <message>
        <source>no captions could be read (not a WebVTT/SRT file?)</source>
        <translation>no se pudo leer ningún subtítulo (¿no es un archivo WebVTT/SRT?)</translation>
    </message>
    <message>
        <source>this is a PDF, not a text file (wrong file extension?)</source>
        <translation>es un PDF, no un archivo de texto (¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>this looks like a binary file, not text (wrong file extension?)</source>
        <translation>parece un archivo binario, no texto (¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>not a Markdown file (it contains a PDF; wrong file extension?)</source>
        <translation>no es un archivo Markdown (contiene un PDF; ¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>not an HTML file (it contains a PDF; wrong file extension?)</source>
        <translation>no es un archivo HTML (contiene un PDF; ¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>this looks like a binary file, not HTML (wrong file extension?)</source>
        <translation>parece un archivo binario, no HTML (¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>not a PDF file (it contains {what}; wrong file extension?)</source>
        <translation>no es un archivo PDF (contiene {what}; ¿extensión de archivo incorrecta?)</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password protected)</source>
        <translation>el PDF está cifrado (protegido con contraseña)</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated and cannot be opened</source>
        <translation>el PDF está dañado o incompleto y no se puede abrir</translation>
    </message>
    <message>
        <source>no text found (scanned pages?): only the title is searchable</source>
        <translation>no se encontró texto (¿páginas escaneadas?): solo se puede buscar por el título</translation>
    </message>
    <message>
        <source>{unreadable} of {n} pages could not be read</source>
        <translation>no se pudieron leer {unreadable} de {n} páginas</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en esta computadora</translation>
    </message>
    <message>
        <source>already in the library as {id}</source>
        <translation>ya está en la biblioteca como {id}</translation>
    </message>
    <message>
        <source>{what} must be a number, not {value!r}</source>
        <translation>{what} debe ser un número, no {value!r}</translation>
    </message>
    <message>
        <source>{key!r} must be text</source>
        <translation>{key!r} debe ser texto</translation>
    </message>
    <message>
        <source>this is not a REAL Desktop agenda file</source>
        <translation>este no es un archivo de agenda de REAL Desktop</translation>
    </message>
    <message>
        <source>the agenda file has no valid version</source>
        <translation>el archivo de agenda no tiene una versión válida</translation>
    </message>
    <message>
        <source>this agenda file was written by a newer REAL Desktop (format {version}); please update the app</source>
        <translation>este archivo de agenda se escribió con una versión más reciente de REAL Desktop (formato {version}); actualice la aplicación</translation>
    </message>
    <message>
        <source>the agenda file has no name</source>
        <translation>el archivo de agenda no tiene nombre</translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a list</source>
        <translation>&apos;items&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>item {n} is not an object</source>
        <translation>el elemento {n} no es un objeto</translation>
    </message>
    <message>
        <source>item {n} has no resource_id</source>
        <translation>el elemento {n} no tiene resource_id</translation>
    </message>
    <message>
        <source>item {n} has an unknown kind {kind!r}</source>
        <translation>el elemento {n} tiene un tipo desconocido {kind!r}</translation>
    </message>
    <message>
        <source>item {n} clip in</source>
        <translation>el punto de entrada del fragmento del elemento {n}</translation>
    </message>
    <message>
        <source>item {n} clip out</source>
        <translation>el punto de salida del fragmento del elemento {n}</translation>
    </message>
    <message>
        <source>item {n} first page</source>
        <translation>la primera página del elemento {n}</translation>
    </message>
    <message>
        <source>item {n} last page</source>
        <translation>la última página del elemento {n}</translation>
    </message>
    <message>
        <source>item {n} minutes</source>
        <translation>los minutos del elemento {n}</translation>
    </message>
    <message>
        <source>item {n}: {why}</source>
        <translation>elemento {n}: {why}</translation>
    </message>
    <message>
        <source>cannot read {file}: {why}</source>
        <translation>no se puede leer {file}: {why}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {why}</source>
        <translation>{file} no es JSON válido: {why}</translation>
    </message>
    <message>
        <source>sort must be one of {keys}</source>
        <translation>el orden debe ser uno de {keys}</translation>
    </message>
    <message>
        <source>cannot change {fields}</source>
        <translation>no se puede cambiar {fields}</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>the name of a folder it is in is not valid UTF-8; rename the folder ({folder}) and import it again</source>
        <translation>el nombre de una carpeta que lo contiene no es UTF-8 válido; cambie el nombre de la carpeta ({folder}) e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8; rename the file and import it again</source>
        <translation>el nombre del archivo no es UTF-8 válido; cambie el nombre del archivo e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>unsupported file type ({ext})</source>
        <translation>tipo de archivo no compatible ({ext})</translation>
    </message>
    <message>
        <source>caption file with no video or audio of the same name beside it</source>
        <translation>archivo de subtítulos sin un video o audio del mismo nombre a su lado</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read the folder: {error}</source>
        <translation>no se puede leer la carpeta: {error}</translation>
    </message>
    <message>
        <source>linked to the library entry “{title}”</source>
        <translation>vinculado al elemento de la biblioteca “{title}”</translation>
    </message>
    <message>
        <source>This file is already in the library as “{title}” ({id}); remove that entry first.</source>
        <translation>Este archivo ya está en la biblioteca como “{title}” ({id}); quite primero esa entrada.</translation>
    </message>
    <message>
        <source>unchanged (same contents)</source>
        <translation>sin cambios (mismo contenido)</translation>
    </message>
    <message>
        <source>moved from {path}</source>
        <translation>movido desde {path}</translation>
    </message>
    <message>
        <source>same contents as {path}, already in the library</source>
        <translation>mismo contenido que {path}, ya en la biblioteca</translation>
    </message>
    <message>
        <source>back in the library with its earlier id</source>
        <translation>de vuelta en la biblioteca con su id anterior</translation>
    </message>
    <message>
        <source>captions not used: {why}</source>
        <translation>subtítulos no usados: {why}</translation>
    </message>
    <message>
        <source>the item is no longer in the library</source>
        <translation>el elemento ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>its file is not on this computer</source>
        <translation>su archivo no está en esta computadora</translation>
    </message>
    <message>
        <source>it is a document: OCR recognises documents, transcription is for videos</source>
        <translation>es un documento: el OCR reconoce documentos, la transcripción es para videos</translation>
    </message>
    <message>
        <source>it already has captions in that language from a caption file</source>
        <translation>ya tiene subtítulos en ese idioma de un archivo de subtítulos</translation>
    </message>
    <message>
        <source>OCR reads PDF documents only</source>
        <translation>el OCR solo lee documentos PDF</translation>
    </message>
    <message>
        <source>every page already has text</source>
        <translation>todas las páginas ya tienen texto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no speech was recognised</source>
        <translation>no se reconoció ninguna voz</translation>
    </message>
    <message>
        <source>{count} captions</source>
        <translation>{count} subtítulos</translation>
    </message>
    <message>
        <source>no text was recognised on its pages</source>
        <translation>no se reconoció texto en sus páginas</translation>
    </message>
    <message>
        <source>text recognised on {got} of {total} page</source>
        <translation>texto reconocido en {got} de {total} página</translation>
    </message>
    <message>
        <source>text recognised on {got} of {total} pages</source>
        <translation>texto reconocido en {got} de {total} páginas</translation>
    </message>
    <message>
        <source>signal {number}</source>
        <translation>señal {number}</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>the worker process stopped unexpectedly ({why}); the whisper model file may be damaged</source>
        <translation>el proceso de trabajo se detuvo inesperadamente ({why}); es posible que el archivo del modelo de whisper esté dañado</translation>
    </message>
    <message>
        <source>the worker process stopped unexpectedly ({why})</source>
        <translation>el proceso de trabajo se detuvo inesperadamente ({why})</translation>
    </message>
    <message>
        <source>there are no notes to save</source>
        <translation>no hay notas para guardar</translation>
    </message>
    <message>
        <source>no library at {file}</source>
        <translation>no hay ninguna biblioteca en {file}</translation>
    </message>
    <message>
        <source>not valid JSON: {why}</source>
        <translation>no es JSON válido: {why}</translation>
    </message>
    <message>
        <source>not a REAL Desktop notes file (missing &quot;format&quot;: &quot;real-desktop-notes&quot;)</source>
        <translation>no es un archivo de notas de REAL Desktop (falta &quot;format&quot;: &quot;real-desktop-notes&quot;)</translation>
    </message>
    <message>
        <source>unsupported notes file version {version!r} (this app reads ≤ {max})</source>
        <translation>versión de archivo de notas no compatible {version!r} (esta aplicación lee ≤ {max})</translation>
    </message>
    <message>
        <source>&apos;notes&apos; must be a list</source>
        <translation>&apos;notes&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>note {n}: {why}</source>
        <translation>nota {n}: {why}</translation>
    </message>
    <message>
        <source>a note must be a JSON object</source>
        <translation>una nota debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>missing or invalid {key!r}</source>
        <translation>{key!r} falta o no es válido</translation>
    </message>
    <message>
        <source>id {id!r} is not a UUID</source>
        <translation>el id {id!r} no es un UUID</translation>
    </message>
    <message>
        <source>&apos;body&apos; must be a string</source>
        <translation>&apos;body&apos; debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>&apos;quote&apos; must be a string or null</source>
        <translation>&apos;quote&apos; debe ser una cadena de texto o null</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of strings</source>
        <translation>&apos;tags&apos; debe ser una lista de cadenas de texto</translation>
    </message>
    <message>
        <source>&apos;resource_title&apos; must be a string</source>
        <translation>&apos;resource_title&apos; debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>a highlight is anchored to a page</source>
        <translation>un resaltado está anclado a una página</translation>
    </message>
    <message>
        <source>a highlight needs the passage it marks (quote)</source>
        <translation>un resaltado necesita el pasaje que marca (quote)</translation>
    </message>
    <message>
        <source>highlight rectangles must be [x0, y0, x1, y1] numbers</source>
        <translation>los rectángulos de un resaltado deben ser números [x0, y0, x1, y1]</translation>
    </message>
    <message>
        <source>a highlight needs rectangles of four numbers [x0, y0, x1, y1]</source>
        <translation>un resaltado necesita rectángulos de cuatro números [x0, y0, x1, y1]</translation>
    </message>
    <message>
        <source>a highlight colour is #rrggbb, not {color!r}</source>
        <translation>el color de un resaltado es #rrggbb, no {color!r}</translation>
    </message>
    <message>
        <source>&apos;location&apos; must be an object</source>
        <translation>&apos;location&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown location kind {kind!r}</source>
        <translation>tipo de ubicación desconocido {kind!r}</translation>
    </message>
    <message>
        <source>invalid location {location!r}</source>
        <translation>ubicación no válida {location!r}</translation>
    </message>
    <message>
        <source>a note cannot be anchored to another note</source>
        <translation>una nota no puede anclarse a otra nota</translation>
    </message>
    <message>
        <source>a page anchor needs a page number ≥ 1</source>
        <translation>un anclaje a una página necesita un número de página ≥ 1</translation>
    </message>
    <message>
        <source>a time anchor needs a start time ≥ 0 seconds</source>
        <translation>un anclaje a un momento necesita un tiempo de inicio ≥ 0 segundos</translation>
    </message>
    <message>
        <source>a section anchor needs the section&apos;s anchor or heading</source>
        <translation>un anclaje a una sección necesita el ancla o el título de la sección</translation>
    </message>
    <message>
        <source>{what} {value!r} is not an ISO timestamp</source>
        <translation>{what} {value!r} no es una marca de tiempo ISO</translation>
    </message>
    <message>
        <source>no note with id {id!r}</source>
        <translation>no hay ninguna nota con el id {id!r}</translation>
    </message>
    <message>
        <source>Tesseract is not installed: install the Debian packages tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-spa</source>
        <translation>Tesseract no está instalado: instale los paquetes de Debian tesseract-ocr, tesseract-ocr-eng y tesseract-ocr-spa</translation>
    </message>
    <message>
        <source>Tesseract has no “{missing}” language data on this computer (installed: {installed}); install tesseract-ocr-{first}</source>
        <translation>Tesseract no tiene los datos del idioma “{missing}” en esta computadora (instalados: {installed}); instale tesseract-ocr-{first}</translation>
    </message>
    <message>
        <source>the PDF cannot be opened ({error})</source>
        <translation>no se puede abrir el PDF ({error})</translation>
    </message>
    <message>
        <source>text recognised by OCR on {count} page</source>
        <translation>texto reconocido por OCR en {count} página</translation>
    </message>
    <message>
        <source>text recognised by OCR on {count} pages</source>
        <translation>texto reconocido por OCR en {count} páginas</translation>
    </message>
    <message>
        <source>{path}: cannot read the catalog: {error}</source>
        <translation>{path}: no se puede leer el catálogo: {error}</translation>
    </message>
    <message>
        <source>{path}: expected {shape}</source>
        <translation>{path}: se esperaba {shape}</translation>
    </message>
    <message>
        <source>{path}: &quot;resources&quot; must be a list</source>
        <translation>{path}: &quot;resources&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>{where}: every entry needs a string &quot;id&quot;</source>
        <translation>{where}: cada entrada necesita un &quot;id&quot; de texto</translation>
    </message>
    <message>
        <source>{where}: duplicate id {id!r}</source>
        <translation>{where}: id duplicado {id!r}</translation>
    </message>
    <message>
        <source>{where}: &quot;kind&quot; must be document, video or audio</source>
        <translation>{where}: &quot;kind&quot; debe ser document, video o audio</translation>
    </message>
    <message>
        <source>{where}: &quot;title&quot; is required</source>
        <translation>{where}: &quot;title&quot; es obligatorio</translation>
    </message>
    <message>
        <source>the file {path} is not there</source>
        <translation>el archivo {path} no está</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: it is needed to read the audio of this file</source>
        <translation>ffmpeg no está instalado: se necesita para leer el audio de este archivo</translation>
    </message>
    <message>
        <source>the file has no sound track</source>
        <translation>el archivo no tiene pista de sonido</translation>
    </message>
    <message>
        <source>ffmpeg could not read the audio ({why})</source>
        <translation>ffmpeg no pudo leer el audio ({why})</translation>
    </message>
    <message>
        <source>pocketsphinx has only an English model; for “{language}” use the whisper engine with a model file (Settings, or REAL_DESKTOP_WHISPER_MODEL)</source>
        <translation>pocketsphinx solo tiene un modelo en inglés; para “{language}” use el motor whisper con un archivo de modelo (Configuración, o REAL_DESKTOP_WHISPER_MODEL)</translation>
    </message>
    <message>
        <source>pocketsphinx is not installed ({error})</source>
        <translation>pocketsphinx no está instalado ({error})</translation>
    </message>
    <message>
        <source>the whisper engine needs a whisper.cpp model file (ggml-*.bin): choose one in Settings, or set {variable}=/path/to/ggml-base.bin</source>
        <translation>el motor whisper necesita un archivo de modelo de whisper.cpp (ggml-*.bin): elija uno en Configuración, o defina {variable}=/ruta/a/ggml-base.bin</translation>
    </message>
    <message>
        <source>the whisper model file {path} does not exist</source>
        <translation>el archivo del modelo de whisper {path} no existe</translation>
    </message>
    <message>
        <source>the whisper model {path} is a folder, not a model file</source>
        <translation>el modelo de whisper {path} es una carpeta, no un archivo de modelo</translation>
    </message>
    <message>
        <source>the whisper model file {path} cannot be read ({error})</source>
        <translation>no se puede leer el archivo del modelo de whisper {path} ({error})</translation>
    </message>
    <message>
        <source>{name} is not a whisper.cpp model (ggml) file: it is damaged, or a different kind of model; use one of the ggml-*.bin files made for whisper.cpp</source>
        <translation>{name} no es un archivo de modelo de whisper.cpp (ggml): está dañado o es otro tipo de modelo; use uno de los archivos ggml-*.bin hechos para whisper.cpp</translation>
    </message>
    <message>
        <source>the whisper model file {name} is truncated (too small)</source>
        <translation>el archivo del modelo de whisper {name} está incompleto (es demasiado pequeño)</translation>
    </message>
    <message>
        <source>the whisper model file {name} is damaged (its header makes no sense); copy it again from where it came from</source>
        <translation>el archivo del modelo de whisper {name} está dañado (su encabezado no tiene sentido); cópielo de nuevo desde su origen</translation>
    </message>
    <message>
        <source>the whisper engine needs the optional package pywhispercpp (pip install &apos;real-desktop[whisper]&apos;)</source>
        <translation>el motor whisper necesita el paquete opcional pywhispercpp (pip install &apos;real-desktop[whisper]&apos;)</translation>
    </message>
    <message>
        <source>the whisper model {name} could not be loaded ({error})</source>
        <translation>no se pudo cargar el modelo de whisper {name} ({error})</translation>
    </message>
    <message>
        <source>unknown speech engine “{name}” (choose {first} or {second})</source>
        <translation>motor de voz desconocido “{name}” (elija {first} o {second})</translation>
    </message>
    <message>
        <source>it already has {language} captions from a caption file</source>
        <translation>ya tiene subtítulos en {language} de un archivo de subtítulos</translation>
    </message>
    <message>
        <source>not a time: {text!r}</source>
        <translation>no es una hora: {text!r}</translation>
    </message>
    <message>
        <source>this is not a {kind} file (it contains {what}; wrong file extension?)</source>
        <translation>este no es un archivo de {kind} (contiene {what}; ¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>this is not a {kind} file (wrong file extension?)</source>
        <translation>este no es un archivo de {kind} (¿extensión incorrecta?)</translation>
    </message>
    <message>
        <source>another caption file for {language} was used</source>
        <translation>se usó otro archivo de subtítulos para {language}</translation>
    </message>
    <message>
        <source>captions not used: {file}: {why}</source>
        <translation>subtítulos no usados: {file}: {why}</translation>
    </message>
    <message>
        <source>1 caption cue ended before it started (shortened to zero length)</source>
        <translation>1 subtítulo terminaba antes de empezar (se acortó a duración cero)</translation>
    </message>
    <message>
        <source>{count} caption cues ended before they started (shortened to zero length)</source>
        <translation>{count} subtítulos terminaban antes de empezar (se acortaron a duración cero)</translation>
    </message>
    <message>
        <source>the file is too large to read in memory</source>
        <translation>el archivo es demasiado grande para leerlo en memoria</translation>
    </message>
    <message>
        <source>could not be read ({kind}: {error})</source>
        <translation>no se pudo leer ({kind}: {error})</translation>
    </message>
    <message>
        <source>internal error returning the result: {error}</source>
        <translation>error interno al devolver el resultado: {error}</translation>
    </message>
    <message>
        <source>could not start extraction: {error}</source>
        <translation>no se pudo iniciar la extracción: {error}</translation>
    </message>
    <message>
        <source>the extractor crashed while reading this file</source>
        <translation>el extractor falló al leer este archivo</translation>
    </message>
    <message>
        <source>took longer than {seconds} s to read; skipped</source>
        <translation>la lectura tardó más de {seconds} s; se omitió</translation>
    </message>
    <message>
        <source>member {name!r}: {why}</source>
        <translation>miembro {name!r}: {why}</translation>
    </message>
    <message>
        <source>member {name!r}: not a valid agenda file ({error})</source>
        <translation>miembro {name!r}: no es un archivo de agenda válido ({error})</translation>
    </message>
    <message>
        <source>{where}: a path must be a non-empty string</source>
        <translation>{where}: una ruta debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>{where}: path {path}… is too long</source>
        <translation>{where}: la ruta {path}… es demasiado larga</translation>
    </message>
    <message>
        <source>{where}: path {path} contains a backslash</source>
        <translation>{where}: la ruta {path} contiene una barra invertida</translation>
    </message>
    <message>
        <source>{where}: path {path} is absolute</source>
        <translation>{where}: la ruta {path} es absoluta</translation>
    </message>
    <message>
        <source>{where}: path {path} starts with a drive letter</source>
        <translation>{where}: la ruta {path} empieza con una letra de unidad</translation>
    </message>
    <message>
        <source>{where}: path {path} contains control characters</source>
        <translation>{where}: la ruta {path} contiene caracteres de control</translation>
    </message>
    <message>
        <source>{where}: path {path} escapes its folder or has empty parts</source>
        <translation>{where}: la ruta {path} sale de su carpeta o tiene partes vacías</translation>
    </message>
    <message>
        <source>{where}: path {path} is not in Unicode NFC form</source>
        <translation>{where}: la ruta {path} no está en la forma Unicode NFC</translation>
    </message>
    <message>
        <source>{where}: must be an object</source>
        <translation>{where}: debe ser un objeto</translation>
    </message>
    <message>
        <source>{where}.{key}: is required</source>
        <translation>{where}.{key}: es obligatorio</translation>
    </message>
    <message>
        <source>{where}.{key}: must be a string</source>
        <translation>{where}.{key}: debe ser un texto</translation>
    </message>
    <message>
        <source>{where}.{key}: must not be empty</source>
        <translation>{where}.{key}: no debe estar vacío</translation>
    </message>
    <message>
        <source>{where}.{key}: is longer than {limit} characters</source>
        <translation>{where}.{key}: tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{where}.{key}: must be a list of strings</source>
        <translation>{where}.{key}: debe ser una lista de textos</translation>
    </message>
    <message>
        <source>{where}.{key}: has too many entries</source>
        <translation>{where}.{key}: tiene demasiadas entradas</translation>
    </message>
    <message>
        <source>{where}.{key}: {value!r} is not a language tag like &apos;en&apos; or &apos;es-MX&apos;</source>
        <translation>{where}.{key}: {value!r} no es una etiqueta de idioma como &apos;en&apos; o &apos;es-MX&apos;</translation>
    </message>
    <message>
        <source>{where}.size: must be a whole number of bytes</source>
        <translation>{where}.size: debe ser un número entero de bytes</translation>
    </message>
    <message>
        <source>{where}.sha256: must be 64 lowercase hex digits</source>
        <translation>{where}.sha256: deben ser 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>{where}: must be a list</source>
        <translation>{where}: debe ser una lista</translation>
    </message>
    <message>
        <source>{where}[{i}].start: must be seconds (a number ≥ 0)</source>
        <translation>{where}[{i}].start: deben ser segundos (un número ≥ 0)</translation>
    </message>
    <message>
        <source>{where}.id: {id!r} must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{where}.id: {id!r} debe tener solo letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>{where}.kind: must be document, video or audio</source>
        <translation>{where}.kind: debe ser document, video o audio</translation>
    </message>
    <message>
        <source>{where}: &apos;path&apos; and &apos;file&apos; go together (both or neither)</source>
        <translation>{where}: &apos;path&apos; y &apos;file&apos; van juntos (los dos o ninguno)</translation>
    </message>
    <message>
        <source>{where}.file.name: must be {name} (the item&apos;s path)</source>
        <translation>{where}.file.name: debe ser {name} (la ruta del elemento)</translation>
    </message>
    <message>
        <source>{where}.captions: must be a list</source>
        <translation>{where}.captions: debe ser una lista</translation>
    </message>
    <message>
        <source>{where}.captions: a document has no caption tracks</source>
        <translation>{where}.captions: un documento no tiene pistas de subtítulos</translation>
    </message>
    <message>
        <source>{file}: larger than {mb} MB</source>
        <translation>{file}: mayor que {mb} MB</translation>
    </message>
    <message>
        <source>{file}: not valid UTF-8 JSON ({error})</source>
        <translation>{file}: no es JSON UTF-8 válido ({error})</translation>
    </message>
    <message>
        <source>{file}.format: must be {format!r}</source>
        <translation>{file}.format: debe ser {format!r}</translation>
    </message>
    <message>
        <source>{file}.format_version: {version!r} is not a version this program reads ({versions}); a newer REAL Desktop may read it</source>
        <translation>{file}.format_version: {version!r} no es una versión que este programa lea ({versions}); una versión más reciente de REAL Desktop quizás pueda leerlo</translation>
    </message>
    <message>
        <source>pack.id: {id!r} must be lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>pack.id: {id!r} debe tener solo letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>pack.version: {version!r} must be numbers with dots, like 1 or 2.0.3</source>
        <translation>pack.version: {version!r} deben ser números con puntos, como 1 o 2.0.3</translation>
    </message>
    <message>
        <source>items: must be a list</source>
        <translation>items: debe ser una lista</translation>
    </message>
    <message>
        <source>agendas: needs format_version 2, not {version}</source>
        <translation>agendas: necesita format_version 2, no {version}</translation>
    </message>
    <message>
        <source>agendas: must be a list of at most {count}</source>
        <translation>agendas: debe ser una lista de {count} como máximo</translation>
    </message>
    <message>
        <source>agendas[{i}].name: must be {folder}&lt;name&gt;{suffix}</source>
        <translation>agendas[{i}].name: debe ser {folder}&lt;nombre&gt;{suffix}</translation>
    </message>
    <message>
        <source>agendas[{i}]: larger than {mb} MB</source>
        <translation>agendas[{i}]: mayor que {mb} MB</translation>
    </message>
    <message>
        <source>items[{i}].id: {id!r} is listed twice</source>
        <translation>items[{i}].id: {id!r} aparece dos veces</translation>
    </message>
    <message>
        <source>member {name!r}: files live under {folder}</source>
        <translation>miembro {name!r}: los archivos van dentro de {folder}</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>collides with {other!r}</source>
        <translation>choca con {other!r}</translation>
    </message>
    <message>
        <source>member {name!r}: {what} (names must differ beyond case)</source>
        <translation>miembro {name!r}: {what} (los nombres deben diferir en algo más que mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>index.name: must be {name!r}</source>
        <translation>index.name: debe ser {name!r}</translation>
    </message>
    <message>
        <source>{where}: wrong type</source>
        <translation>{where}: tipo incorrecto</translation>
    </message>
    <message>
        <source>{where}: a segment is a list of 9 values</source>
        <translation>{where}: un segmento es una lista de 9 valores</translation>
    </message>
    <message>
        <source>{where}[0]: seq must be a whole number ≥ 0</source>
        <translation>{where}[0]: seq debe ser un número entero ≥ 0</translation>
    </message>
    <message>
        <source>{where}[1]: kind must be page, section or time</source>
        <translation>{where}[1]: kind debe ser page, section o time</translation>
    </message>
    <message>
        <source>{where}[8]: text must be a string</source>
        <translation>{where}[8]: text debe ser un texto</translation>
    </message>
    <message>
        <source>{file}: expected {{&quot;version&quot;: 1, &quot;items&quot;: {{...}}}}</source>
        <translation>{file}: se esperaba {{&quot;version&quot;: 1, &quot;items&quot;: {{...}}}}</translation>
    </message>
    <message>
        <source>{where}: no such item in the manifest</source>
        <translation>{where}: no existe ese elemento en el manifiesto</translation>
    </message>
    <message>
        <source>{where}: needs a list of segments</source>
        <translation>{where}: necesita una lista de segmentos</translation>
    </message>
    <message>
        <source>member {name!r}: gone from the pack while installing</source>
        <translation>miembro {name!r}: desapareció del paquete durante la instalación</translation>
    </message>
</context>
</TS>

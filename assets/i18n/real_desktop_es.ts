<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Going around</source>
        <translation>Desplazarse</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Agendas and presenting</source>
        <translation>Agendas y presentaciones</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Agregar carpeta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <source>Show items as a grid</source>
        <translation>Mostrar los elementos en mosaico</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show items as a list</source>
        <translation>Mostrar los elementos en lista</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Tamaño de texto predeterminado</translation>
    </message>
    <message>
        <source>Show the library</source>
        <translation>Mostrar la biblioteca</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (to the search results, the notes list or the library)</source>
        <translation>Atrás (a los resultados de búsqueda, la lista de notas o la biblioteca)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move through results</source>
        <translation>Recorrer los resultados</translation>
    </message>
    <message>
        <source>↑ ↓, Enter opens, Esc clears</source>
        <translation>↑ ↓, Enter abre, Esc borra</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About REAL Desktop</source>
        <translation>Acerca de REAL Desktop</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Remove the selected items (the files stay)</source>
        <translation>Quitar los elementos seleccionados (los archivos se conservan)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last removal</source>
        <translation>Deshacer la última eliminación</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Agregar etiqueta…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Move to collection…</source>
        <translation>Mover a la colección…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected items&apos; details</source>
        <translation>Editar los datos de los elementos seleccionados</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Combinar duplicados…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add content from a drive…</source>
        <translation>Agregar contenido desde una unidad…</translation>
    </message>
    <message>
        <source>Install content packs from a USB stick or a pack file</source>
        <translation>Instalar paquetes de contenido desde una memoria USB o un archivo de paquete</translation>
    </message>
    <message>
        <source>Export as content pack…</source>
        <translation>Exportar como paquete de contenido…</translation>
    </message>
    <message>
        <source>Content packs…</source>
        <translation>Paquetes de contenido…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Choose a pack file…</source>
        <translation>Elegir un archivo de paquete…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Update from a file…</source>
        <translation>Actualizar desde un archivo…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Choose inbox folder…</source>
        <translation>Elegir carpeta de entrada…</translation>
    </message>
    <message>
        <source>No inbox</source>
        <translation>Sin carpeta de entrada</translation>
    </message>
    <message>
        <source>Only install packs signed by a trusted publisher</source>
        <translation>Instalar solo paquetes firmados por un editor de confianza</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Elegir clave…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Previous match in the transcript</source>
        <translation>Coincidencia anterior en la transcripción</translation>
    </message>
    <message>
        <source>Next match in the transcript</source>
        <translation>Coincidencia siguiente en la transcripción</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Go to the note&apos;s place</source>
        <translation>Ir al lugar de la nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add a note here (quoting the selection)</source>
        <translation>Agregar una nota aquí (citando la selección)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page width (PDF)</source>
        <translation>Ajustar al ancho de la página (PDF)</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Show or hide pages and outline (PDF)</source>
        <translation>Mostrar u ocultar páginas e índice (PDF)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copiar el texto seleccionado</translation>
    </message>
    <message>
        <source>Select all on this page</source>
        <translation>Seleccionar todo en esta página</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Highlight the selected text (PDF)</source>
        <translation>Resaltar el texto seleccionado (PDF)</translation>
    </message>
    <message>
        <source>Colour of this highlight</source>
        <translation>Color de este resaltado</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Eliminar resaltado</translation>
    </message>
    <message>
        <source>Default text size (reader)</source>
        <translation>Tamaño de texto predeterminado (lector)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausar</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Subir volumen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Bajar volumen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute on/off</source>
        <translation>Activar o desactivar el silencio</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Captions on/off</source>
        <translation>Activar o desactivar subtítulos</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen, then the player</source>
        <translation>Salir de pantalla completa y luego del reproductor</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>New note here</source>
        <translation>Nueva nota aquí</translation>
    </message>
    <message>
        <source>New note at this moment</source>
        <translation>Nueva nota en este momento</translation>
    </message>
    <message>
        <source>Say the position</source>
        <translation>Decir la posición</translation>
    </message>
    <message>
        <source>Say the position (screen readers)</source>
        <translation>Decir la posición (lectores de pantalla)</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Ubicar archivo…</translation>
    </message>
    <message>
        <source>Note at this place</source>
        <translation>Nota en este lugar</translation>
    </message>
    <message>
        <source>Note on the whole resource</source>
        <translation>Nota sobre todo el recurso</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Exportar notas…</translation>
    </message>
    <message>
        <source>Pause playback while writing</source>
        <translation>Pausar la reproducción mientras escribe</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Move the note to the trash (all notes)</source>
        <translation>Mover la nota a la papelera (todas las notas)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Export notes (all notes)</source>
        <translation>Exportar notas (todas las notas)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Agendas…</source>
        <translation>Agendas…</translation>
    </message>
    <message>
        <source>Build workshop agendas</source>
        <translation>Preparar agendas de talleres</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>Nueva agenda</translation>
    </message>
    <message>
        <source>Duplicate agenda</source>
        <translation>Duplicar agenda</translation>
    </message>
    <message>
        <source>Rename agenda…</source>
        <translation>Cambiar nombre de la agenda…</translation>
    </message>
    <message>
        <source>Delete agenda</source>
        <translation>Eliminar agenda</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Agregar a la agenda</translation>
    </message>
    <message>
        <source>Add the chosen resource</source>
        <translation>Agregar el recurso elegido</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Quitar el elemento seleccionado de la agenda</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the item up (or drag it)</source>
        <translation>Subir el elemento (o arrastrarlo)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the item down (or drag it)</source>
        <translation>Bajar el elemento (o arrastrarlo)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Present the agenda</source>
        <translation>Presentar la agenda</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>Reproducir / pausar la vista previa</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>Marcar inicio</translation>
    </message>
    <message>
        <source>Set the clip&apos;s in point here (while watching)</source>
        <translation>Fijar aquí el inicio del fragmento (mientras lo ve)</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>Marcar final</translation>
    </message>
    <message>
        <source>Set the clip&apos;s out point here (while watching)</source>
        <translation>Fijar aquí el final del fragmento (mientras lo ve)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Elemento siguiente</translation>
    </message>
    <message>
        <source>Next item (clickers send PageDown)</source>
        <translation>Elemento siguiente (los presentadores inalámbricos envían AvPág)</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Elemento anterior</translation>
    </message>
    <message>
        <source>Pause / play</source>
        <translation>Pausar / reproducir</translation>
    </message>
    <message>
        <source>Pause or play the clip, pause the timer</source>
        <translation>Pausar o reproducir el fragmento, pausar el cronómetro</translation>
    </message>
    <message>
        <source>Blank the audience screen</source>
        <translation>Poner en negro la pantalla del público</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminar la presentación</translation>
    </message>
    <message>
        <source>Note here</source>
        <translation>Nota aquí</translation>
    </message>
    <message>
        <source>Write a note at the moment or page the audience sees</source>
        <translation>Escribir una nota en el momento o la página que ve el público</translation>
    </message>
    <message>
        <source>Transcribe speech</source>
        <translation>Transcribir el habla</translation>
    </message>
    <message>
        <source>Make automatic captions for the selected videos</source>
        <translation>Crear subtítulos automáticos para los videos seleccionados</translation>
    </message>
    <message>
        <source>Recognise text (OCR)</source>
        <translation>Reconocer texto (OCR)</translation>
    </message>
    <message>
        <source>Read the text of the selected scanned PDFs</source>
        <translation>Leer el texto de los PDF escaneados seleccionados</translation>
    </message>
    <message>
        <source>Export captions (.vtt)…</source>
        <translation>Exportar subtítulos (.vtt)…</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Show transcription and text recognition progress</source>
        <translation>Mostrar el avance de la transcripción y del reconocimiento de texto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation>Administrador…</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Print my notes</source>
        <translation>Imprimir mis notas</translation>
    </message>
    <message>
        <source>Save my notes to a drive</source>
        <translation>Guardar mis notas en una unidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Admin tools</source>
        <translation>Herramientas de administración</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>REAL Desktop agenda (*.agenda.json *.json)</source>
        <translation>Agenda de REAL Desktop (*.agenda.json *.json)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Agendas — REAL Desktop</source>
        <translation>Agendas — REAL Desktop</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Elementos de la agenda</translation>
    </message>
    <message>
        <source>Resource to add</source>
        <translation>Recurso para agregar</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No funcionó: %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No agenda yet: New agenda (Ctrl+N) starts one.</source>
        <translation>Todavía no hay agendas: Nueva agenda (Ctrl+N) crea una.</translation>
    </message>
    <message>
        <source>%1 — %2 items, %3 planned</source>
        <translation>%1 — %2 elementos, %3 previstos</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>no está en esta computadora</translation>
    </message>
    <message>
        <source>New agenda</source>
        <translation>Nueva agenda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename agenda</source>
        <translation>Cambiar nombre de la agenda</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Exportar agenda</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>Se exportó «%1» a %2</translation>
    </message>
    <message>
        <source>Import agenda</source>
        <translation>Importar agenda</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message>
        <source>Not on this computer: %1.</source>
        <translation>No está en esta computadora: %1.</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>The library could not be opened:
{0}

Location: {1}</source>
        <translation>No se pudo abrir la biblioteca:
{0}

Ubicación: {1}</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>REAL Desktop — audience</source>
        <translation>REAL Desktop — público</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vista del público</translation>
    </message>
    <message>
        <source>“%1” is not on this computer.</source>
        <translation>«%1» no está en esta computadora.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.</source>
        <translation>No se puede mostrar «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.

%2</source>
        <translation>No se puede mostrar «%1».

%2</translation>
    </message>
</context>
<context>
    <name>CaptionBand</name>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
</context>
<context>
    <name>ChipButton</name>
    <message>
        <source>Filter by {0}</source>
        <translation>Filtrar por {0}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Open selected item</source>
        <translation>Abrir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Forget the selected entries (Del). The files themselves are not deleted.</source>
        <translation>Olvidar las entradas seleccionadas (Supr). Los archivos en sí no se eliminan.</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Elija un elemento para ver sus datos.</translation>
    </message>
    <message>
        <source>{0} items selected</source>
        <translation>{0} elementos seleccionados</translation>
    </message>
    <message>
        <source>same title</source>
        <translation>mismo título</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>mismo texto</translation>
    </message>
    <message>
        <source>⚠ Duplicate ({0}) of: {1}</source>
        <translation>⚠ Duplicado ({0}) de: {1}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
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
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en esta computadora</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Missing — the file is not on this computer</source>
        <translation>Falta: el archivo no está en esta computadora</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Missing — {0}</source>
        <translation>Falta: {0}</translation>
    </message>
    <message>
        <source>Could not be read — {0}</source>
        <translation>No se pudo leer: {0}</translation>
    </message>
    <message>
        <source>Available — note: {0}</source>
        <translation>Disponible; nota: {0}</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Ubicar archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document viewer</source>
        <translation>Visor de documentos</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Mensaje del documento</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <source>The file for this document is not on this computer.</source>
        <translation>El archivo de este documento no está en esta computadora.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown.

%2</source>
        <translation>No se puede mostrar «%1».

%2</translation>
    </message>
    <message>
        <source>This link points to a file that is not in the library: %1</source>
        <translation>Este enlace lleva a un archivo que no está en la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>not on this computer</source>
        <translation>no está en esta computadora</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Combinar duplicados</translation>
    </message>
    <message>
        <source>Keep which one? The others&apos; notes move to it, and they leave the library.</source>
        <translation>¿Cuál desea conservar? Las notas de los demás pasan a ese, y los demás salen de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>End your session?</source>
        <translation>¿Terminar su sesión?</translation>
    </message>
    <message>
        <source>Your note will be erased</source>
        <translation>Su nota se borrará</translation>
    </message>
    <message>
        <source>Your {0} notes will be erased</source>
        <translation>Sus {0} notas se borrarán</translation>
    </message>
    <message>
        <source>, with your searches and what you opened. Nothing stays on this computer for the next person.</source>
        <translation>, junto con sus búsquedas y lo que abrió. Nada queda en esta computadora para la próxima persona.</translation>
    </message>
    <message>
        <source>Your searches and what you opened will be erased. Nothing stays on this computer for the next person.</source>
        <translation>Sus búsquedas y lo que abrió se borrarán. Nada queda en esta computadora para la próxima persona.</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Save my notes to {0}</source>
        <translation>Guardar mis notas en {0}</translation>
    </message>
    <message>
        <source>Sent to the printer {0}.</source>
        <translation>Enviado a la impresora {0}.</translation>
    </message>
    <message>
        <source>No printer is available.</source>
        <translation>No hay ninguna impresora disponible.</translation>
    </message>
    <message>
        <source>Could not save the notes: {0}</source>
        <translation>No se pudieron guardar las notas: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. You can remove the drive.</source>
        <translation>Se guardaron en {0}. Ya puede retirar la unidad.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown (one file)</source>
        <translation>Markdown (un archivo)</translation>
    </message>
    <message>
        <source>Markdown (a file per resource)</source>
        <translation>Markdown (un archivo por recurso)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON (to move notes to another computer)</source>
        <translation>JSON (para llevar las notas a otra computadora)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Which notes</source>
        <translation>Qué notas</translation>
    </message>
    <message>
        <source>This resource: %1</source>
        <translation>Este recurso: %1</translation>
    </message>
    <message>
        <source>A collection:</source>
        <translation>Una colección:</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Colección para exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>REAL Desktop notes</source>
        <translation>Notas de REAL Desktop</translation>
    </message>
    <message>
        <source>Folder for the Markdown files</source>
        <translation>Carpeta para los archivos Markdown</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported 1 note to %2</source>
        <translation>Se exportó 1 nota a %2</translation>
    </message>
    <message>
        <source>Exported %1 notes to %2</source>
        <translation>Se exportaron %1 notas a %2</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Your notes and searches will be erased. Press any key or move the mouse to keep going.</source>
        <translation>Sus notas y búsquedas se borrarán. Presione cualquier tecla o mueva el mouse para continuar.</translation>
    </message>
    <message>
        <source>This session ends in 1 second.</source>
        <translation>Esta sesión termina en 1 segundo.</translation>
    </message>
    <message>
        <source>This session ends in {0} seconds.</source>
        <translation>Esta sesión termina en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Add files to the library</source>
        <translation>Agregar archivos a la biblioteca</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Agregar una carpeta a la biblioteca</translation>
    </message>
    <message>
        <source>Documents and videos (*.pdf *.md *.markdown *.html *.htm *.txt *.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mp3 *.m4a *.wav *.ogg *.vtt *.srt);;All files (*)</source>
        <translation>Documentos y videos (*.pdf *.md *.markdown *.html *.htm *.txt *.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mp3 *.m4a *.wav *.ogg *.vtt *.srt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Adding to the library</source>
        <translation>Agregando a la biblioteca</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>Archivo actual</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Adding files: %1 of %2</source>
        <translation>Agregando archivos: %1 de %2</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Agregando archivos</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo después del archivo actual…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n agregado</numerusform>
            <numerusform>%n agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <translation>
            <numerusform>%n no compatible</numerusform>
            <numerusform>%n no compatibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n faltante</numerusform>
            <numerusform>%n faltantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not processed</source>
        <translation>%1 sin procesar</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>Importación cancelada. </translation>
    </message>
    <message>
        <source>Import counts</source>
        <translation>Cifras de la importación</translation>
    </message>
    <message>
        <source>The import was cancelled before %1 files were processed; they were not added. Add the same files or folder again to import them.</source>
        <translation>La importación se canceló antes de procesar %1 archivos, que no se agregaron. Para importarlos, agregue de nuevo los mismos archivos o la misma carpeta.</translation>
    </message>
    <message>
        <source>The import was cancelled; some files may not have been added.</source>
        <translation>La importación se canceló; es posible que algunos archivos no se hayan agregado.</translation>
    </message>
    <message>
        <source>Cancelled import</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Files with problems</source>
        <translation>Archivos con problemas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo indicado)</translation>
    </message>
    <message>
        <source>These files were not added:</source>
        <translation>Estos archivos no se agregaron:</translation>
    </message>
    <message>
        <source>The files that were processed were read without problems.</source>
        <translation>Los archivos procesados se leyeron sin problemas.</translation>
    </message>
    <message>
        <source>Every file was read without problems.</source>
        <translation>Todos los archivos se leyeron sin problemas.</translation>
    </message>
    <message>
        <source>Copy problem list</source>
        <translation>Copiar la lista de problemas</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Select an item to edit it.</source>
        <translation>Seleccione un elemento para editarlo.</translation>
    </message>
    <message>
        <source>Clip starts at</source>
        <translation>El fragmento empieza en</translation>
    </message>
    <message>
        <source>Clip ends at</source>
        <translation>El fragmento termina en</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>sin tiempo previsto</translation>
    </message>
    <message>
        <source>Talking points (Markdown: - bullets, **bold**)</source>
        <translation>Puntos para conversar (Markdown: - viñetas, **negrita**)</translation>
    </message>
    <message>
        <source>Discussion questions (Markdown)</source>
        <translation>Preguntas para el diálogo (Markdown)</translation>
    </message>
    <message>
        <source>Clip preview</source>
        <translation>Vista previa del fragmento</translation>
    </message>
    <message>
        <source>Preview position</source>
        <translation>Posición de la vista previa</translation>
    </message>
    <message>
        <source>Preview time</source>
        <translation>Tiempo de la vista previa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos para conversar</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Preguntas para el diálogo</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (no está en esta computadora)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Give both an in point and an out point.</source>
        <translation>Indique un punto de inicio y un punto final.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avance general</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar las terminadas</translation>
    </message>
    <message>
        <source>Transcribe speech</source>
        <translation>Transcribir el habla</translation>
    </message>
    <message>
        <source>Recognise text (OCR)</source>
        <translation>Reconocer texto (OCR)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avance de %1</translation>
    </message>
    <message>
        <source>Nothing to do. Transcription and text recognition you start from an item&apos;s menu or after an import show up here.</source>
        <translation>No hay nada pendiente. Aquí aparecen las transcripciones y los reconocimientos de texto que inicie desde el menú de un elemento o después de una importación.</translation>
    </message>
    <message>
        <source>1 item waiting or in progress.</source>
        <translation>1 elemento en espera o en curso.</translation>
    </message>
    <message>
        <source>%1 items waiting or in progress.</source>
        <translation>%1 elementos en espera o en curso.</translation>
    </message>
    <message>
        <source>The window stays usable; the work runs at low priority.</source>
        <translation>Puede seguir usando la ventana; el trabajo se ejecuta con baja prioridad.</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Todo listo.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 terminados</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>The library cannot be opened right now. Please ask a member of staff.</source>
        <translation>La biblioteca no se puede abrir en este momento. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>End your session (Ctrl+Shift+Q): your notes are erased</source>
        <translation>Terminar su sesión (Ctrl+Mayús+Q): sus notas se borran</translation>
    </message>
    <message>
        <source>My notes from REAL Desktop</source>
        <translation>Mis notas de REAL Desktop</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>1 section</source>
        <translation>1 sección</translation>
    </message>
    <message>
        <source>{0} sections</source>
        <translation>{0} secciones</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Leído</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ Visto</translation>
    </message>
    <message>
        <source>p. {0} of {1}</source>
        <translation>pág. {0} de {1}</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Reverse the sort order</source>
        <translation>Invertir el orden</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Mosaico</translation>
    </message>
    <message>
        <source>Show as a thumbnail grid (Ctrl+1)</source>
        <translation>Mostrar en cuadrícula de miniaturas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Grid view</source>
        <translation>Vista de cuadrícula</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as a sortable list (Ctrl+2)</source>
        <translation>Mostrar como lista ordenable (Ctrl+2)</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>Cuadrícula de la biblioteca</translation>
    </message>
    <message>
        <source>Library list</source>
        <translation>Lista de la biblioteca</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>No hay nada aquí</translation>
    </message>
    <message>
        <source>Nothing opened yet.
Items you open appear here.</source>
        <translation>Todavía no ha abierto nada.
Aquí aparecen los elementos que abra.</translation>
    </message>
    <message>
        <source>Nothing in progress.
Documents and videos you start appear here.</source>
        <translation>Nada en curso.
Aquí aparecen los documentos y videos que empiece.</translation>
    </message>
    <message>
        <source>No missing media.
Every item&apos;s file is on this computer.</source>
        <translation>No falta ningún archivo.
El archivo de cada elemento está en esta computadora.</translation>
    </message>
    <message>
        <source>Your library is empty.
Add documents and videos with File ▸ Add files… (Ctrl+O), or drop files on this window.</source>
        <translation>Su biblioteca está vacía.
Agregue documentos y videos con Archivo ▸ Agregar archivos… (Ctrl+O) o arrastre archivos a esta ventana.</translation>
    </message>
    <message>
        <source>Nothing in this section yet.</source>
        <translation>Todavía no hay nada en esta sección.</translation>
    </message>
    <message>
        <source>The library could not be read:
{0}</source>
        <translation>No se pudo leer la biblioteca:
{0}</translation>
    </message>
</context>
<context>
    <name>LinkBar</name>
    <message>
        <source>Link message</source>
        <translation>Mensaje del enlace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Background work: %1 of %2, %3%</source>
        <translation>Trabajo en segundo plano: %1 de %2, %3 %</translation>
    </message>
    <message>
        <source>Make it searchable</source>
        <translation>Hacerlo buscable</translation>
    </message>
    <message>
        <source>It runs in the background, on this computer, at low priority; you can keep working.</source>
        <translation>Se ejecuta en segundo plano, en esta computadora y con baja prioridad; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>1 video has no captions — transcribe it?</source>
        <translation>1 video no tiene subtítulos. ¿Transcribirlo?</translation>
    </message>
    <message>
        <source>%1 videos have no captions — transcribe them?</source>
        <translation>%1 videos no tienen subtítulos. ¿Transcribirlos?</translation>
    </message>
    <message>
        <source>1 document is a scan — recognise its text?</source>
        <translation>1 documento está escaneado. ¿Reconocer su texto?</translation>
    </message>
    <message>
        <source>%1 documents are scans — recognise their text?</source>
        <translation>%1 documentos están escaneados. ¿Reconocer su texto?</translation>
    </message>
    <message>
        <source>Export captions</source>
        <translation>Exportar subtítulos</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>Subtítulos WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Captions saved to %1</source>
        <translation>Subtítulos guardados en %1</translation>
    </message>
    <message>
        <source>Could not save the captions: %1</source>
        <translation>No se pudieron guardar los subtítulos: %1</translation>
    </message>
    <message>
        <source>REAL Desktop</source>
        <translation>REAL Desktop</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Área principal</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>{0} documents</source>
        <translation>{0} documentos</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 video</translation>
    </message>
    <message>
        <source>{0} videos</source>
        <translation>{0} videos</translation>
    </message>
    <message>
        <source> · {0} audio</source>
        <translation> · {0} de audio</translation>
    </message>
    <message>
        <source> · {0} missing media</source>
        <translation> · {0} sin archivo</translation>
    </message>
    <message>
        <source> · {0} could not be read</source>
        <translation> · {0} ilegibles</translation>
    </message>
    <message>
        <source>Text size: {0} pt ({1}%)</source>
        <translation>Tamaño del texto: {0} pt ({1} %)</translation>
    </message>
    <message>
        <source>Library location</source>
        <translation>Ubicación de la biblioteca</translation>
    </message>
    <message>
        <source>The new library location will be used the next time REAL Desktop starts.</source>
        <translation>La nueva ubicación de la biblioteca se usará la próxima vez que se inicie REAL Desktop.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;REAL Desktop&lt;/h3&gt;&lt;p&gt;An offline, searchable library of documents and recorded talks from the Race, Equity, And Leadership (REAL) initiative of the National League of Cities.&lt;/p&gt;&lt;p&gt;Data folder: {0}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;REAL Desktop&lt;/h3&gt;&lt;p&gt;Una biblioteca sin conexión, con búsqueda, de documentos y charlas grabadas de la iniciativa Race, Equity, And Leadership (REAL) de la National League of Cities.&lt;/p&gt;&lt;p&gt;Carpeta de datos: {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About REAL Desktop</source>
        <translation>Acerca de REAL Desktop</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left, Esc)</source>
        <translation>Volver a donde estaba (Alt+Izquierda, Esc)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Library counts</source>
        <translation>Cifras de la biblioteca</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Names separated by ;</source>
        <translation>Nombres separados por ;</translation>
    </message>
    <message>
        <source>Tags separated by ,</source>
        <translation>Etiquetas separadas por ,</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Authors / speakers</source>
        <translation>Autores / ponentes</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que agregar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{0} items: add tags, set the collection</source>
        <translation>{0} elementos: agregar etiquetas, fijar la colección</translation>
    </message>
    <message>
        <source>Tags to add, separated by ,</source>
        <translation>Etiquetas para agregar, separadas por ,</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>That item is no longer in the library.</source>
        <translation>Ese elemento ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Could not open that item: {0}</source>
        <translation>No se pudo abrir ese elemento: {0}</translation>
    </message>
    <message>
        <source>“{0}” cannot be shown here: {1}</source>
        <translation>«{0}» no se puede mostrar aquí: {1}</translation>
    </message>
    <message>
        <source>{0} — REAL Desktop</source>
        <translation>{0} — REAL Desktop</translation>
    </message>
    <message>
        <source>“{0}” is no longer in the library: it was removed elsewhere.</source>
        <translation>«{0}» ya no está en la biblioteca: se quitó en otro lugar.</translation>
    </message>
    <message>
        <source>REAL Desktop</source>
        <translation>REAL Desktop</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Go to the note&apos;s place</source>
        <translation>Ir al lugar de la nota</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texto citado</translation>
    </message>
    <message>
        <source>Note (rendered)</source>
        <translation>Nota (con formato)</translation>
    </message>
    <message>
        <source>Empty note. Press Enter or Edit to write.</source>
        <translation>Nota vacía. Presione Enter o Editar para escribir.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Write your note. Markdown works: **bold**, *italic*, - lists. Esc when done.</source>
        <translation>Escriba su nota. Puede usar Markdown: **negrita**, *cursiva*, - listas. Esc al terminar.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit note (Enter)</source>
        <translation>Editar nota (Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Deshacer lo escrito (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation>Rehacer lo escrito (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Finish editing (Esc)</source>
        <translation>Terminar de editar (Esc)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete note (Del); can be undone</source>
        <translation>Eliminar nota (Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>Whole resource</source>
        <translation>Todo el recurso</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Add a comment to this highlight (optional). Esc when done.</source>
        <translation>Agregue un comentario a este resaltado (opcional). Esc al terminar.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet, retrying</source>
        <translation>Aún sin guardar; reintentando</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>NotesFilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
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
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Filtrar notas…</translation>
    </message>
    <message>
        <source>Filter notes by text</source>
        <translation>Filtrar notas por texto</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
    <message>
        <source>Filter by resource</source>
        <translation>Filtrar por recurso</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas las colecciones</translation>
    </message>
    <message>
        <source>Filter by collection</source>
        <translation>Filtrar por colección</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by date changed</source>
        <translation>Filtrar por fecha de modificación</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Show deleted notes</source>
        <translation>Mostrar las notas eliminadas</translation>
    </message>
</context>
<context>
    <name>NotesHeader</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add a note here (N in the player)</source>
        <translation>Agregar una nota aquí (N en el reproductor)</translation>
    </message>
    <message>
        <source>More note actions</source>
        <translation>Más acciones de notas</translation>
    </message>
    <message>
        <source>Note at this place</source>
        <translation>Nota en este lugar</translation>
    </message>
    <message>
        <source>Note on the whole resource</source>
        <translation>Nota sobre todo el recurso</translation>
    </message>
    <message>
        <source>Note on the whole document</source>
        <translation>Nota sobre todo el documento</translation>
    </message>
    <message>
        <source>Note on this page</source>
        <translation>Nota en esta página</translation>
    </message>
    <message>
        <source>Note on this section</source>
        <translation>Nota en esta sección</translation>
    </message>
    <message>
        <source>Note at this moment</source>
        <translation>Nota en este momento</translation>
    </message>
    <message>
        <source>Note on the whole recording</source>
        <translation>Nota sobre toda la grabación</translation>
    </message>
    <message>
        <source>Note on the whole video</source>
        <translation>Nota sobre todo el video</translation>
    </message>
    <message>
        <source>Add a note on the whole resource</source>
        <translation>Agregar una nota sobre todo el recurso</translation>
    </message>
    <message>
        <source>Add a note here (N in the player); the arrow offers more</source>
        <translation>Agregar una nota aquí (N en el reproductor); la flecha ofrece más opciones</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Whole resource</source>
        <translation>Todo el recurso</translation>
    </message>
    <message>
        <source>Highlight (%1)</source>
        <translation>Resaltado (%1)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>No notes yet.

Press %1 while watching, or Add note, to write one at this moment.</source>
        <translation>Todavía no hay notas.

Presione %1 mientras mira, o Agregar nota, para escribir una en este momento.</translation>
    </message>
    <message>
        <source>No notes yet.

Press %1, or Add note, to write one on this page.</source>
        <translation>Todavía no hay notas.

Presione %1, o Agregar nota, para escribir una en esta página.</translation>
    </message>
    <message>
        <source>No notes yet.

Press %1, or Add note, to write one here.</source>
        <translation>Todavía no hay notas.

Presione %1, o Agregar nota, para escribir una aquí.</translation>
    </message>
    <message>
        <source>Select text and press %1 to highlight it.</source>
        <translation>Seleccione texto y presione %1 para resaltarlo.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on this resource</source>
        <translation>Notas de este recurso</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>Notes · %1</source>
        <translation>Notas · %1</translation>
    </message>
    <message>
        <source>Could not add the note: %1</source>
        <translation>No se pudo agregar la nota: %1</translation>
    </message>
    <message>
        <source>Open a document or a video to see and write its notes.</source>
        <translation>Abra un documento o un video para ver y escribir sus notas.</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>%1 (resource not in this library)</source>
        <translation>%1 (recurso que no está en esta biblioteca)</translation>
    </message>
    <message>
        <source>%1 · Highlight</source>
        <translation>%1 · Resaltado</translation>
    </message>
    <message>
        <source>Whole resource</source>
        <translation>Todo el recurso</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>Highlight (%1)</source>
        <translation>Resaltado (%1)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Whole resource</source>
        <translation>Todo el recurso</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>Selected note</source>
        <translation>Nota seleccionada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the note&apos;s place (Enter)</source>
        <translation>Abrir el lugar de la nota (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the note to the trash (Del)</source>
        <translation>Mover la nota a la papelera (Supr)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Bring the note back from the trash</source>
        <translation>Recuperar la nota de la papelera</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Delete the notes in the trash for good</source>
        <translation>Eliminar definitivamente las notas de la papelera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export notes as Markdown, HTML, PDF or JSON (Ctrl+E)</source>
        <translation>Exportar notas como Markdown, HTML, PDF o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Merge notes from a JSON export</source>
        <translation>Combinar notas de una exportación JSON</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>Ninguna nota coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No notes yet.

Open a video and press N, or open a document and choose Add note.</source>
        <translation>Todavía no hay notas.

Abra un video y presione N, o abra un documento y elija Agregar nota.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deleted note</source>
        <translation>1 nota eliminada</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted notes</source>
        <translation>
            <numerusform>%n nota eliminada</numerusform>
            <numerusform>%n notas eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>(resource not in this library)</source>
        <translation>(recurso que no está en esta biblioteca)</translation>
    </message>
    <message>
        <source>This note&apos;s resource is not in this library; the note is kept.</source>
        <translation>El recurso de esta nota no está en esta biblioteca; la nota se conserva.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Se movió a la papelera.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Se restauró.</translation>
    </message>
    <message>
        <source>Deleted 1 note for good.</source>
        <translation>Se eliminó 1 nota definitivamente.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n notes for good.</source>
        <translation>
            <numerusform>Se eliminó %n nota definitivamente.</numerusform>
            <numerusform>Se eliminaron %n notas definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Importación: %1 agregadas, %2 actualizadas, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Notes (*.json)</source>
        <translation>Notas (*.json)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} elementos</translation>
    </message>
    <message>
        <source>Removed {0} from the library. The files were not deleted.</source>
        <translation>Quitado de la biblioteca: {0}. Los archivos no se eliminaron.</translation>
    </message>
    <message>
        <source>Put back {0}.</source>
        <translation>Restaurado: {0}.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Tag for {0}:</source>
        <translation>Etiqueta para {0}:</translation>
    </message>
    <message>
        <source>{0}: no tags to remove.</source>
        <translation>{0}: no hay etiquetas para quitar.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove from {0}:</source>
        <translation>Etiqueta que quitar de {0}:</translation>
    </message>
    <message>
        <source>Move to collection</source>
        <translation>Mover a la colección</translation>
    </message>
    <message>
        <source>Collection for {0}:</source>
        <translation>Colección para {0}:</translation>
    </message>
    <message>
        <source>Merged {0} duplicates into one; their notes moved with them.</source>
        <translation>Se combinaron {0} duplicados en uno; sus notas pasaron con ellos.</translation>
    </message>
    <message>
        <source>That item is no longer in the library (removed elsewhere).</source>
        <translation>Ese elemento ya no está en la biblioteca (se quitó en otro lugar).</translation>
    </message>
    <message>
        <source>Could not change the library: {0}</source>
        <translation>No se pudo modificar la biblioteca: {0}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Content packs (*.realpack)</source>
        <translation>Paquetes de contenido (*.realpack)</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s) go along: {0}</source>
        <translation>
            <numerusform>Va %n agenda: {0}</numerusform>
            <numerusform>Van %n agendas: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Copying {0}…</source>
        <translation>Copiando {0}…</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Copiando archivos…</translation>
    </message>
    <message>
        <source>Adding {0} items to the library…</source>
        <translation>Agregando {0} elementos a la biblioteca…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>“{0}” was not installed (cancelled); nothing of it was changed.</source>
        <translation>«{0}» no se instaló (cancelado); no se cambió nada.</translation>
    </message>
    <message>
        <source>“{0}” was not installed: {1}. Nothing was changed.</source>
        <translation>«{0}» no se instaló: {1}. No se cambió nada.</translation>
    </message>
    <message>
        <source>“{0}” updated from {1} to {2}; notes on its items are kept.</source>
        <translation>«{0}» se actualizó de {1} a {2}; las notas de sus elementos se conservan.</translation>
    </message>
    <message>
        <source>“{0}” {1} installed ({2} items).</source>
        <translation>«{0}» {1} instalado ({2} elementos).</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Cancelling… the library stays as it was.</source>
        <translation>Cancelando… la biblioteca queda como estaba.</translation>
    </message>
    <message>
        <source>Pack {0} of {1}: {2}</source>
        <translation>Paquete {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updates the installed {0}</source>
        <translation>Actualiza la versión instalada {0}</translation>
    </message>
    <message>
        <source>Already installed</source>
        <translation>Ya instalado</translation>
    </message>
    <message>
        <source>Older than the installed {0}</source>
        <translation>Más antiguo que la versión instalada {0}</translation>
    </message>
    <message>
        <source>Not a valid pack</source>
        <translation>No es un paquete válido</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Signed · trusted</source>
        <translation>Firmado · de confianza</translation>
    </message>
    <message>
        <source>Signed · not trusted</source>
        <translation>Firmado · sin confianza</translation>
    </message>
    <message>
        <source>This file is not a valid content pack: {0}</source>
        <translation>Este archivo no es un paquete de contenido válido: {0}</translation>
    </message>
    <message>
        <source>This computer only installs packs signed by a trusted publisher, and this pack is {0}. Ask the librarian to trust its publisher (real-desktop pack trust KEY.pub).</source>
        <translation>Esta computadora solo instala paquetes firmados por un editor de confianza, y este paquete está {0}. Pida al personal de la biblioteca que confíe en su editor (real-desktop pack trust CLAVE.pub).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>signed by a publisher it does not trust</source>
        <translation>firmado por un editor en el que no confía</translation>
    </message>
    <message>
        <source>Add content from a drive</source>
        <translation>Agregar contenido desde una unidad</translation>
    </message>
    <message>
        <source>Content packs found</source>
        <translation>Paquetes de contenido encontrados</translation>
    </message>
    <message>
        <source>Copy everything into the library</source>
        <translation>Copiar todo a la biblioteca</translation>
    </message>
    <message>
        <source>Leave large media on the drive (played from there; the drive must be inserted)</source>
        <translation>Dejar los archivos multimedia grandes en la unidad (se reproducen desde ahí; la unidad debe estar conectada)</translation>
    </message>
    <message>
        <source>Media files that sit unpacked beside the pack on the drive (the same folders as inside it) are checked against the pack and then used where they are, instead of being copied. Files not found there are copied.</source>
        <translation>Los archivos multimedia que están sin empaquetar junto al paquete en la unidad (en las mismas carpetas que dentro de él) se comprueban con el paquete y se usan donde están, en lugar de copiarse. Los que no se encuentran ahí se copian.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Looking for content packs on removable drives…</source>
        <translation>Buscando paquetes de contenido en unidades extraíbles…</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>Elija un paquete de contenido</translation>
    </message>
    <message>
        <source>Choose a folder with content packs</source>
        <translation>Elija una carpeta con paquetes de contenido</translation>
    </message>
    <message>
        <source>Could not look for packs: {0}</source>
        <translation>No se pudieron buscar paquetes: {0}</translation>
    </message>
    <message>
        <source>{0} content packs found. Tick the ones to install.</source>
        <translation>Se encontraron {0} paquetes de contenido. Marque los que desea instalar.</translation>
    </message>
    <message>
        <source>1 content pack found.</source>
        <translation>Se encontró 1 paquete de contenido.</translation>
    </message>
    <message>
        <source>No content packs (.realpack files) there. Choose another file or folder.</source>
        <translation>Ahí no hay paquetes de contenido (archivos .realpack). Elija otro archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>No content packs found on removable drives. Insert a USB stick with .realpack files, or choose a pack file or a folder.</source>
        <translation>No se encontraron paquetes de contenido en unidades extraíbles. Conecte una memoria USB con archivos .realpack, o elija un archivo de paquete o una carpeta.</translation>
    </message>
    <message>
        <source>{0} items · id {1}</source>
        <translation>{0} elementos · id {1}</translation>
    </message>
    <message>
        <source>language {0}</source>
        <translation>idioma {0}</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>como máximo </translation>
    </message>
    <message>
        <source>{0} selected: {1}{2} to copy into the library; {3} free.</source>
        <translation>{0} seleccionados: {1}{2} para copiar a la biblioteca; {3} libres.</translation>
    </message>
    <message>
        <source>Not enough space: free some space or leave large media on the drive.</source>
        <translation>No hay espacio suficiente: libere espacio o deje los archivos multimedia grandes en la unidad.</translation>
    </message>
    <message>
        <source>The install stopped: {0}. The library is as it was.</source>
        <translation>La instalación se detuvo: {0}. La biblioteca queda como estaba.</translation>
    </message>
    <message>
        <source>None: no agenda uses only these items.</source>
        <translation>Ninguna: ninguna agenda usa solo estos elementos.</translation>
    </message>
    <message>
        <source>Export as content pack</source>
        <translation>Exportar como paquete de contenido</translation>
    </message>
    <message>
        <source>The {0} selected items</source>
        <translation>Los {0} elementos seleccionados</translation>
    </message>
    <message>
        <source>A collection:</source>
        <translation>Una colección:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Agendas in the pack</source>
        <translation>Agendas del paquete</translation>
    </message>
    <message>
        <source>e.g. en, es</source>
        <translation>p. ej., en, es</translation>
    </message>
    <message>
        <source>none: the pack is not signed</source>
        <translation>ninguna: el paquete no se firma</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Agendas:</source>
        <translation>Agendas:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Pack id:</source>
        <translation>Id. del paquete:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clave de firma:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Looking for agendas…</source>
        <translation>Buscando agendas…</translation>
    </message>
    <message>
        <source>Choose the publisher&apos;s signing key</source>
        <translation>Elija la clave de firma del editor</translation>
    </message>
    <message>
        <source>Save the content pack as</source>
        <translation>Guardar el paquete de contenido como</translation>
    </message>
    <message>
        <source>Preparing the pack…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {0} ({1} items, %n agenda(s)).</source>
        <translation>
            <numerusform>Se escribió {0} ({1} elementos, %n agenda).</numerusform>
            <numerusform>Se escribió {0} ({1} elementos, %n agendas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {0} ({1} items).</source>
        <translation>Se escribió {0} ({1} elementos).</translation>
    </message>
    <message>
        <source>Cancelled; no pack was written.</source>
        <translation>Cancelado; no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>The pack was not written: {0}</source>
        <translation>No se escribió el paquete: {0}</translation>
    </message>
    <message>
        <source>Pack inbox: {0}.</source>
        <translation>Carpeta de entrada de paquetes: {0}.</translation>
    </message>
    <message>
        <source>Pack inbox: {0} could not be installed: {1}</source>
        <translation>Carpeta de entrada de paquetes: no se pudo instalar {0}: {1}</translation>
    </message>
    <message>
        <source>(and {0} more)</source>
        <translation>(y {0} más)</translation>
    </message>
    <message>
        <source>Pack inbox: {0}</source>
        <translation>Carpeta de entrada de paquetes: {0}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Remove content pack</source>
        <translation>Quitar paquete de contenido</translation>
    </message>
    <message>
        <source>Remove “{0}” and its {1} items from the library? Its files in the library folder are deleted.</source>
        <translation>¿Quitar «{0}» y sus {1} elementos de la biblioteca? Sus archivos en la carpeta de la biblioteca se eliminan.</translation>
    </message>
    <message numerus="yes">
        <source>The %n agenda(s) it brought go too, except any you have edited since installing it: those are yours and stay.</source>
        <translation>
            <numerusform>También se quita la agenda que trajo, salvo que usted la haya editado desde que lo instaló: entonces es suya y se queda.</numerusform>
            <numerusform>También se quitan las %n agendas que trajo, salvo las que usted haya editado desde que lo instaló: esas son suyas y se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are {0} notes on its items. They are kept (and come back, findable, if the pack is installed again), or you can export them to a file first.</source>
        <translation>Hay {0} notas en sus elementos. Se conservan (y vuelven, con búsqueda, si el paquete se instala de nuevo), o puede exportarlas antes a un archivo.</translation>
    </message>
    <message>
        <source>Export notes first…</source>
        <translation>Exportar las notas primero…</translation>
    </message>
    <message>
        <source>Remove, keep the notes</source>
        <translation>Quitar y conservar las notas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <source>Installed content packs</source>
        <translation>Paquetes de contenido instalados</translation>
    </message>
    <message>
        <source>No content packs are installed. Use File → Add content from a drive…</source>
        <translation>No hay paquetes de contenido instalados. Use Archivo → Agregar contenido desde una unidad…</translation>
    </message>
    <message>
        <source>Packs a file-sync tool (Syncthing, rsync, a network share) puts in the inbox folder are checked and installed while REAL Desktop runs; files still being copied are left alone until complete.</source>
        <translation>Los paquetes que una herramienta de sincronización (Syncthing, rsync, una carpeta de red) deja en la carpeta de entrada se comprueban e instalan mientras REAL Desktop está abierto; los archivos que aún se están copiando se esperan hasta que estén completos.</translation>
    </message>
    <message>
        <source>Pack inbox and safety</source>
        <translation>Carpeta de entrada y seguridad</translation>
    </message>
    <message>
        <source>Signed, trusted</source>
        <translation>Firmado, de confianza</translation>
    </message>
    <message>
        <source>Signed, not trusted</source>
        <translation>Firmado, sin confianza</translation>
    </message>
    <message>
        <source>id {0} · installed {1} from {2}</source>
        <translation>id {0} · instalado el {1} desde {2}</translation>
    </message>
    <message>
        <source>Inbox folder: {0}</source>
        <translation>Carpeta de entrada: {0}</translation>
    </message>
    <message>
        <source>Inbox folder: none</source>
        <translation>Carpeta de entrada: ninguna</translation>
    </message>
    <message>
        <source>Choose the newer content pack</source>
        <translation>Elija el paquete de contenido más reciente</translation>
    </message>
    <message>
        <source>Export the notes to</source>
        <translation>Exportar las notas a</translation>
    </message>
    <message>
        <source>Notes (*.json)</source>
        <translation>Notas (*.json)</translation>
    </message>
    <message>
        <source>“{0}” was removed.</source>
        <translation>Se quitó «{0}».</translation>
    </message>
    <message>
        <source>Its notes were exported to {0}.</source>
        <translation>Sus notas se exportaron a {0}.</translation>
    </message>
    <message>
        <source>Choose the pack inbox folder</source>
        <translation>Elija la carpeta de entrada de paquetes</translation>
    </message>
</context>
<context>
    <name>PageThumbnails</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>This page has notes</source>
        <translation>Esta página tiene notas</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>This page has notes</source>
        <translation>Esta página tiene notas</translation>
    </message>
    <message>
        <source>Highlight — click to see its note</source>
        <translation>Resaltado: haga clic para ver su nota</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <source>PDF tools</source>
        <translation>Herramientas de PDF</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (RePág)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (AvPág)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit page width (Ctrl+0)</source>
        <translation>Ajustar al ancho de la página (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit whole page</source>
        <translation>Ajustar a la página completa</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Buscar en el documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show or hide pages and outline (F9)</source>
        <translation>Mostrar u ocultar páginas e índice (F9)</translation>
    </message>
    <message>
        <source>Add a note quoting the selected text (%1)</source>
        <translation>Agregar una nota que cite el texto seleccionado (%1)</translation>
    </message>
    <message>
        <source>Add a note on this page (%1)</source>
        <translation>Agregar una nota en esta página (%1)</translation>
    </message>
    <message>
        <source>Highlight the selected text (%1)</source>
        <translation>Resaltar el texto seleccionado (%1)</translation>
    </message>
    <message>
        <source>Select text on the page to highlight it (%1)</source>
        <translation>Seleccione texto en la página para resaltarlo (%1)</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Color del resaltado</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select all on this page</source>
        <translation>Seleccionar todo en esta página</translation>
    </message>
    <message>
        <source>Add note on selection</source>
        <translation>Agregar nota sobre la selección</translation>
    </message>
    <message>
        <source>Add note on page %1</source>
        <translation>Agregar nota en la página %1</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Colour of this highlight</source>
        <translation>Color de este resaltado</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Eliminar resaltado</translation>
    </message>
    <message>
        <source>PDF viewer</source>
        <translation>Visor de PDF</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Páginas del PDF</translation>
    </message>
    <message>
        <source>Outline and pages</source>
        <translation>Índice y páginas</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>No se encontró el archivo.</translation>
    </message>
    <message>
        <source>This file is not a readable PDF.</source>
        <translation>Este archivo no es un PDF legible.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>Este PDF está protegido con contraseña.</translation>
    </message>
    <message>
        <source>This PDF uses an unsupported protection.</source>
        <translation>Este PDF usa una protección no compatible.</translation>
    </message>
    <message>
        <source>The file could not be read completely.</source>
        <translation>No se pudo leer el archivo completo.</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>No se pudo abrir el PDF.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>The media file was not found: %1</source>
        <translation>No se encontró el archivo multimedia: %1</translation>
    </message>
    <message>
        <source>This file could not be played. It may be damaged, incomplete, or in a format that is not supported.</source>
        <translation>No se pudo reproducir este archivo. Puede estar dañado, incompleto o en un formato no compatible.</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play / pause (Space or K)</source>
        <translation>Reproducir / pausar (Espacio o K)</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Retroceder 10 segundos (J)</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Avanzar 10 segundos (L)</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Seek (←/→ 5 s, J/L 10 s)</source>
        <translation>Posición (←/→ 5 s, J/L 10 s)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Captions on/off (C)</source>
        <translation>Activar o desactivar subtítulos (C)</translation>
    </message>
    <message>
        <source>Caption language</source>
        <translation>Idioma de los subtítulos</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume (↑/↓)</source>
        <translation>Volumen (↑/↓)</translation>
    </message>
    <message>
        <source>New note here</source>
        <translation>Nueva nota aquí</translation>
    </message>
    <message>
        <source>New note at this moment (N)</source>
        <translation>Nueva nota en este momento (N)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>Pantalla completa (F; Esc para salir)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
</context>
<context>
    <name>PlayerHeader</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Mensaje del reproductor</translation>
    </message>
</context>
<context>
    <name>PlayerSpeech</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Click: play / pause — double-click: full screen</source>
        <translation>Clic: reproducir / pausar — doble clic: pantalla completa</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>No notes on this item yet.

Press %1, or Add note, to write one at the moment on the audience&apos;s screen.</source>
        <translation>Todavía no hay notas en este elemento.

Presione %1, o Agregar nota, para escribir una en el momento que está en la pantalla del público.</translation>
    </message>
    <message>
        <source>No notes on this item yet.

Press %1, or Add note, to write one on the page on the audience&apos;s screen.</source>
        <translation>Todavía no hay notas en este elemento.

Presione %1, o Agregar nota, para escribir una en la página que está en la pantalla del público.</translation>
    </message>
    <message>
        <source>No notes on this item yet.

Press %1, or Add note, to write one.</source>
        <translation>Todavía no hay notas en este elemento.

Presione %1, o Agregar nota, para escribir una.</translation>
    </message>
    <message>
        <source>Presenting — %1</source>
        <translation>Presentando — %1</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos para conversar</translation>
    </message>
    <message>
        <source>Item %1 of %2 · %3</source>
        <translation>Elemento %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en esta computadora</translation>
    </message>
    <message>
        <source>Clip %1</source>
        <translation>Fragmento %1</translation>
    </message>
    <message>
        <source>Whole recording</source>
        <translation>Toda la grabación</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Preguntas para el diálogo</translation>
    </message>
    <message>
        <source>No talking points for this item.</source>
        <translation>Este elemento no tiene puntos para conversar.</translation>
    </message>
    <message>
        <source>Next: — (last item)</source>
        <translation>Siguiente: — (último elemento)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Audience screen blank (B)</source>
        <translation>Pantalla del público en negro (B)</translation>
    </message>
    <message>
        <source>Clip finished</source>
        <translation>Fragmento terminado</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Reader tools</source>
        <translation>Herramientas del lector</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Ir a una sección</translation>
    </message>
    <message>
        <source>Find in document (Ctrl+F)</source>
        <translation>Buscar en el documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a note here (Ctrl+Shift+N)</source>
        <translation>Agregar una nota aquí (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>This link cannot be opened in REAL Desktop.</source>
        <translation>Este enlace no se puede abrir en REAL Desktop.</translation>
    </message>
    <message>
        <source>This link needs an internet connection: %1</source>
        <translation>Este enlace necesita conexión a internet: %1</translation>
    </message>
</context>
<context>
    <name>Relinker</name>
    <message>
        <source>Locate “{0}”</source>
        <translation>Ubicar «{0}»</translation>
    </message>
    <message>
        <source>Media files ({0});;All files (*)</source>
        <translation>Archivos multimedia ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be linked.</source>
        <translation>No se pudo vincular el archivo.</translation>
    </message>
    <message>
        <source>1 other missing recording was found in the same folder. Link it too?</source>
        <translation>Se encontró otra grabación faltante en la misma carpeta. ¿Vincularla también?</translation>
    </message>
    <message numerus="yes">
        <source>%n other missing recordings were found in the same folder. Link them too?</source>
        <translation>
            <numerusform>Se encontró %n grabación faltante más en la misma carpeta. ¿Vincularla también?</numerusform>
            <numerusform>Se encontraron otras %n grabaciones faltantes en la misma carpeta. ¿Vincularlas también?</numerusform>
        </translation>
    </message>
    <message>
        <source>Link other recordings?</source>
        <translation>¿Vincular otras grabaciones?</translation>
    </message>
    <message>
        <source>Linked 1 more recording.</source>
        <translation>Se vinculó 1 grabación más.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n more recordings.</source>
        <translation>
            <numerusform>Se vinculó %n grabación más.</numerusform>
            <numerusform>Se vincularon %n grabaciones más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>media not on this computer</source>
        <translation>el archivo multimedia no está en esta computadora</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>ScreenStack</name>
    <message>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>El archivo multimedia no está en esta computadora</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Ubicar archivo…</translation>
    </message>
    <message>
        <source>Locate file</source>
        <translation>Ubicar archivo</translation>
    </message>
    <message>
        <source>Find this recording on this computer and link it</source>
        <translation>Buscar esta grabación en esta computadora y vincularla</translation>
    </message>
    <message>
        <source>This recording is not on this computer.{0}

If you have the file, locate it and REAL Desktop will link it (and any other missing recordings in the same folder).</source>
        <translation>Esta grabación no está en esta computadora.{0}

Si tiene el archivo, ubíquelo y REAL Desktop lo vinculará (junto con cualquier otra grabación faltante de la misma carpeta).</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the library (/) · Ctrl+F finds in this document</source>
        <translation>Buscar en la biblioteca (/) · Ctrl+F busca en este documento</translation>
    </message>
    <message>
        <source>Search the library (/)</source>
        <translation>Buscar en la biblioteca (/)</translation>
    </message>
    <message>
        <source>Search the library (/) · Ctrl+F finds in the transcript</source>
        <translation>Buscar en la biblioteca (/) · Ctrl+F busca en la transcripción</translation>
    </message>
    <message>
        <source>Search the library: documents, talks and notes   (Ctrl+F or /)</source>
        <translation>Buscar en la biblioteca: documentos, charlas y notas   (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F or /)</source>
        <translation>Buscar en la biblioteca (Ctrl+F o /)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
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
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>Cualquier colección</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “{0}”.</source>
        <translation>No hay resultados para «{0}».</translation>
    </message>
    <message>
        <source>Did you mean {0}?</source>
        <translation>¿Quiso decir {0}?</translation>
    </message>
    <message>
        <source>Filters are on. &lt;a href=&apos;clear-filters&apos;&gt;Search everything&lt;/a&gt; instead.</source>
        <translation>Hay filtros activos. &lt;a href=&apos;clear-filters&apos;&gt;Buscar en todo&lt;/a&gt; en su lugar.</translation>
    </message>
    <message>
        <source>Try fewer or different words, or check the spelling. Search covers titles, descriptions, document text, video captions and your notes.</source>
        <translation>Pruebe con menos palabras o con otras, o revise la ortografía. La búsqueda abarca títulos, descripciones, el texto de los documentos, los subtítulos de los videos y sus notas.</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
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
        <source>note · {0}</source>
        <translation>nota · {0}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>{0} (OCR)</source>
        <translation>{0} (OCR)</translation>
    </message>
    <message>
        <source>{0} (automatic captions)</source>
        <translation>{0} (subtítulos automáticos)</translation>
    </message>
    <message>
        <source>media missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Seek</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Library location</source>
        <translation>Ubicación de la biblioteca</translation>
    </message>
    <message>
        <source>Choose library folder</source>
        <translation>Elegir la carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Library location:</source>
        <translation>Ubicación de la biblioteca:</translation>
    </message>
    <message>
        <source>Leave empty for the default. A new location takes effect on restart.</source>
        <translation>Déjelo vacío para usar la predeterminada. Una ubicación nueva se aplica al reiniciar.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Carpetas vigiladas:</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>Caption size</source>
        <translation>Tamaño de los subtítulos</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Caption background</source>
        <translation>Fondo de los subtítulos</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Dark, see-through</source>
        <translation>Oscuro, translúcido</translation>
    </message>
    <message>
        <source>None (the window&apos;s colours)</source>
        <translation>Ninguno (los colores de la ventana)</translation>
    </message>
    <message>
        <source>Caption size:</source>
        <translation>Tamaño de los subtítulos:</translation>
    </message>
    <message>
        <source>Caption background:</source>
        <translation>Fondo de los subtítulos:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow system (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when REAL Desktop is restarted.</source>
        <translation>El nuevo idioma se aplica cuando se reinicia REAL Desktop.</translation>
    </message>
    <message>
        <source>Transcribe and recognise new items after each import</source>
        <translation>Transcribir y reconocer los elementos nuevos después de cada importación</translation>
    </message>
    <message>
        <source>Transcribe and recognise automatically</source>
        <translation>Transcribir y reconocer automáticamente</translation>
    </message>
    <message>
        <source>Speech and scans:</source>
        <translation>Voz y escaneos:</translation>
    </message>
    <message>
        <source>Videos without captions and scanned PDFs, without asking.</source>
        <translation>Videos sin subtítulos y PDF escaneados, sin preguntar.</translation>
    </message>
    <message>
        <source>None: the built-in English engine</source>
        <translation>Ninguno: el motor integrado en inglés</translation>
    </message>
    <message>
        <source>Whisper model file</source>
        <translation>Archivo de modelo de Whisper</translation>
    </message>
    <message>
        <source>Choose a whisper model file</source>
        <translation>Elegir un archivo de modelo de Whisper</translation>
    </message>
    <message>
        <source>Whisper model:</source>
        <translation>Modelo de Whisper:</translation>
    </message>
    <message>
        <source>Optional: a whisper.cpp model file (ggml-*.bin) you bring, e.g. on a USB stick: far more accurate transcription, and Spanish.</source>
        <translation>Opcional: un archivo de modelo de whisper.cpp (ggml-*.bin) que usted traiga, p. ej., en una memoria USB: transcripción mucho más precisa, y en español.</translation>
    </message>
    <message>
        <source>It needs the optional package pywhispercpp, which is not installed.</source>
        <translation>Necesita el paquete opcional pywhispercpp, que no está instalado.</translation>
    </message>
    <message>
        <source>whisper.cpp models (*.bin);;All files (*)</source>
        <translation>Modelos de whisper.cpp (*.bin);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The library location must be a folder.</source>
        <translation>La ubicación de la biblioteca debe ser una carpeta.</translation>
    </message>
    <message>
        <source>Cannot use that folder: {0}</source>
        <translation>No se puede usar esa carpeta: {0}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
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
        <source>Recently opened</source>
        <translation>Abiertos recientemente</translation>
    </message>
    <message>
        <source>Continue watching/reading</source>
        <translation>Seguir viendo o leyendo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Missing media</source>
        <translation>Archivos faltantes</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find in transcript (Enter: next match, Shift+Enter: previous)</source>
        <translation>Buscar en la transcripción (Enter: siguiente, Mayús+Enter: anterior)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Solo coincidencias</translation>
    </message>
    <message>
        <source>Show only matching lines</source>
        <translation>Mostrar solo las líneas que coinciden</translation>
    </message>
    <message>
        <source>Show only the lines that match</source>
        <translation>Mostrar solo las líneas que coinciden</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>No transcript for this recording.</source>
        <translation>Esta grabación no tiene transcripción.</translation>
    </message>
    <message>
        <source>Transcript source</source>
        <translation>Origen de la transcripción</translation>
    </message>
    <message>
        <source>%1 — made by speech recognition on this computer; it may contain mistakes.</source>
        <translation>%1: hecha por reconocimiento de voz en esta computadora; puede contener errores.</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} encontradas</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo removal</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Note at %1 deleted.</source>
        <translation>Se eliminó la nota de %1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Administrator PIN:</source>
        <translation>PIN de administrador:</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>WatchedFolders</name>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Vigilar una carpeta</translation>
    </message>
    <message>
        <source>Stop watching the folder</source>
        <translation>Dejar de vigilar la carpeta</translation>
    </message>
    <message>
        <source>Files added, changed, moved or deleted in these folders are picked up at start and while REAL Desktop runs.</source>
        <translation>Los archivos que se agregan, cambian, mueven o eliminan en estas carpetas se detectan al inicio y mientras REAL Desktop está abierto.</translation>
    </message>
</context>
<context>
    <name>Watching</name>
    <message>
        <source>Watched folders: {0} added, {1} updated, {2} missing, {3} failed</source>
        <translation>Carpetas vigiladas: {0} agregados, {1} actualizados, {2} faltantes, {3} con error</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Watched folders: details</source>
        <translation>Carpetas vigiladas: detalles</translation>
    </message>
    <message>
        <source>Could not check the library&apos;s files: {0}</source>
        <translation>No se pudieron comprobar los archivos de la biblioteca: {0}</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Watched folders synced</source>
        <translation>Carpetas vigiladas sincronizadas</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>REAL Desktop</source>
        <translation>REAL Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to REAL Desktop</source>
        <translation>Le damos la bienvenida a REAL Desktop</translation>
    </message>
    <message>
        <source>Search the Race, Equity, And Leadership library, read its documents, watch its talks and take notes.</source>
        <translation>Busque en la biblioteca de Race, Equity, And Leadership (raza, equidad y liderazgo), lea sus documentos, vea sus charlas y tome notas.</translation>
    </message>
    <message>
        <source>Press Enter or click Start.</source>
        <translation>Presione Enter o haga clic en Comenzar.</translation>
    </message>
    <message>
        <source>This is a shared computer. When you end your session — or leave it alone for a while — your notes and searches are erased.</source>
        <translation>Esta es una computadora compartida. Cuando termine su sesión, o la deje sin usar un rato, sus notas y búsquedas se borran.</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
</context>
<context>
    <name>create_player</name>
    <message>
        <source>Using Qt Multimedia: VLC was not found</source>
        <translation>Se usa Qt Multimedia: no se encontró VLC</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Python package</source>
        <translation>Paquete de Python</translation>
    </message>
    <message>
        <source>Font, from this computer</source>
        <translation>Fuente, de este equipo</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>About Reflect</source>
        <translation>Acerca de Reflect</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Reflect is a private journal for people in recovery: a place to write, to mark moments of hope and moments of struggle, and to prepare what you&apos;d like to share with your group.</source>
        <translation>Reflect es un diario privado para personas en recuperación: un lugar para escribir, para marcar momentos de esperanza y momentos de lucha, y para preparar lo que quieras compartir con tu grupo.</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer and never sent anywhere. Reflect doesn&apos;t connect to the internet at all.</source>
        <translation>Todo lo que escribes se cifra en este equipo y nunca se envía a ninguna parte. Reflect no se conecta a internet en absoluto.</translation>
    </message>
    <message>
        <source>Reflect is free software: you may use, study, share and change it under the GNU General Public License, version 3 or any later version ({licence}).</source>
        <translation>Reflect es software libre: puedes usarlo, estudiarlo, compartirlo y cambiarlo según la Licencia Pública General de GNU, versión 3 o cualquier versión posterior ({licence}).</translation>
    </message>
    <message>
        <source>Reflect is built with these &amp;parts, each under its own licence:</source>
        <translation>Reflect está hecho con estas &amp;partes, cada una con su propia licencia:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reflect&apos;s icon</source>
        <translation>Icono de Reflect</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Parts and their licences</source>
        <translation>Partes y sus licencias</translation>
    </message>
</context>
<context>
    <name>AddToShareDialog</name>
    <message>
        <source>Add to Share</source>
        <translation>Añadir a un compartir</translation>
    </message>
    <message>
        <source>&amp;A share you&apos;ve started:</source>
        <translation>Un compartir que ya &amp;empezaste:</translation>
    </message>
    <message>
        <source>Add to a share you&apos;ve started</source>
        <translation>Añadir a un compartir que ya empezaste</translation>
    </message>
    <message>
        <source>A &amp;new share, called:</source>
        <translation>Un compartir &amp;nuevo, llamado:</translation>
    </message>
    <message>
        <source>Start a new share</source>
        <translation>Empezar un compartir nuevo</translation>
    </message>
    <message>
        <source>New share&apos;s name</source>
        <translation>Nombre del compartir nuevo</translation>
    </message>
    <message>
        <source>A name to find the share by; it is never printed.</source>
        <translation>Un nombre para encontrar este compartir; nunca se imprime.</translation>
    </message>
    <message>
        <source>for example: Thursday group</source>
        <translation>por ejemplo: grupo del jueves</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Qué hay que cambiar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Your shares</source>
        <translation>Tus compartires</translation>
    </message>
    <message>
        <source>Your shares, the most recently changed first.</source>
        <translation>Tus compartires, primero los que cambiaste más recientemente.</translation>
    </message>
    <message>
        <source>You already have a share called “{name}”. You can choose it above.</source>
        <translation>Ya tienes un compartir llamado «{name}». Puedes elegirlo arriba.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type your current passphrase, then choose a new one. Only the way your journal opens changes; everything you wrote stays as it is.</source>
        <translation>Escribe tu frase de contraseña actual y luego elige una nueva. Solo cambia la forma de abrir tu diario; todo lo que escribiste se queda como está.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual, por favor.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Changed your passphrase. From now on, use the new one; the old one no longer opens your journal.</source>
        <translation>Tu frase de contraseña cambió. A partir de ahora, usa la nueva; la anterior ya no abre tu diario.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase, so nothing was changed. Try again?</source>
        <translation>Esa no es tu frase de contraseña actual, así que no se cambió nada. ¿Lo intentas otra vez?</translation>
    </message>
</context>
<context>
    <name>ChooseFormatDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Where are the entries you&apos;d like to bring in from?</source>
        <translation>¿De dónde vienen las entradas que quieres traer?</translation>
    </message>
    <message>
        <source>Journal format</source>
        <translation>Formato del diario</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
</context>
<context>
    <name>ComposerLayout</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>How to arrange the parts</source>
        <translation>Cómo organizar las partes</translation>
    </message>
    <message>
        <source>About this share</source>
        <translation>Sobre este compartir</translation>
    </message>
    <message>
        <source>The chosen part and the share&apos;s details</source>
        <translation>La parte elegida y los detalles del compartir</translation>
    </message>
    <message>
        <source>Words, privacy, preview and print settings</source>
        <translation>Palabras, privacidad, vista previa y ajustes de impresión</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>Pa&amp;labras</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pr&amp;ivacidad</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Print Settin&amp;gs</source>
        <translation>A&amp;justes de impresión</translation>
    </message>
    <message>
        <source>Parts of this share</source>
        <translation>Partes de este compartir</translation>
    </message>
    <message>
        <source>In the order you&apos;ll read them. Alt+Up and Alt+Down move the chosen part; you can also drag parts into place.</source>
        <translation>En el orden en que las leerás. Alt+Arriba y Alt+Abajo mueven la parte elegida; también puedes arrastrar las partes a su sitio.</translation>
    </message>
    <message>
        <source>Structure Helper</source>
        <translation>Ayuda de estructura</translation>
    </message>
    <message>
        <source>S&amp;tructure Helper</source>
        <translation>Ayuda de es&amp;tructura</translation>
    </message>
    <message>
        <source>Add Your Own Words</source>
        <translation>Añadir tus propias palabras</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove from Share</source>
        <translation>Quitar del compartir</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something Went Wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong inside Reflect.</source>
        <translation>Algo salió mal dentro de Reflect.</translation>
    </message>
    <message>
        <source>It isn&apos;t something you did. Reflect saves your writing as you go, so what you&apos;ve written is safe in your journal (only the last second of typing might not be).

You can carry on. If things look wrong, quit Reflect and open it again: it will save and lock your journal first.</source>
        <translation>No es algo que hayas hecho tú. Reflect guarda lo que escribes sobre la marcha, así que lo que has escrito está a salvo en tu diario (solo el último segundo de escritura podría no estarlo).

Puedes seguir. Si algo se ve raro, sal de Reflect y vuelve a abrirlo: antes guardará y bloqueará tu diario.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Where in Reflect it happened. It never holds anything you wrote.</source>
        <translation>Dónde ocurrió dentro de Reflect. Nunca contiene nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>&amp;Details, if you&apos;d like to tell someone who can fix it. They say only where in Reflect it happened, never anything you wrote:</source>
        <translation>&amp;Detalles, por si quieres contárselo a alguien que pueda arreglarlo. Solo dicen dónde ocurrió dentro de Reflect, nunca nada de lo que escribiste:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>&amp;Quit Reflect</source>
        <translation>&amp;Salir de Reflect</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>This has happened {count} times since this message opened.</source>
        <translation>Esto ha ocurrido {count} veces desde que se abrió este mensaje.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>EditorMarks</name>
    <message>
        <source>Write something first, then you can mark it Never Share.</source>
        <translation>Escribe algo primero; luego podrás marcarlo como «No compartir nunca».</translation>
    </message>
    <message>
        <source>Marked Never Share: this entry stays out of every share.</source>
        <translation>Marcada como «No compartir nunca»: esta entrada se queda fuera de todo lo que compartes.</translation>
    </message>
    <message>
        <source>This entry can go into a share again.</source>
        <translation>Esta entrada puede volver a ir en un compartir.</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>No check-in</source>
        <translation>Sin registro del día</translation>
    </message>
    <message>
        <source>1 · very heavy</source>
        <translation>1 · muy pesado</translation>
    </message>
    <message>
        <source>2 · heavy</source>
        <translation>2 · pesado</translation>
    </message>
    <message>
        <source>3 · in between</source>
        <translation>3 · término medio</translation>
    </message>
    <message>
        <source>4 · lighter</source>
        <translation>4 · más ligero</translation>
    </message>
    <message>
        <source>5 · light</source>
        <translation>5 · ligero</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Entry tags</source>
        <translation>Etiquetas de la entrada</translation>
    </message>
    <message>
        <source>Tag problem</source>
        <translation>Problema con la etiqueta</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Optional: how heavy or light the day felt, from 1 to 5. You can always skip it.</source>
        <translation>Opcional: qué tan pesado o ligero se sintió el día, del 1 al 5. Siempre puedes saltártelo.</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Registro del día:</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>If you&apos;d like, write about your day…</source>
        <translation>Si quieres, escribe sobre tu día…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Loading entry</source>
        <translation>Cargando la entrada</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Journal</source>
        <translation>Exportar diario</translation>
    </message>
    <message>
        <source>Warning: the export is not encrypted</source>
        <translation>Aviso: la exportación no está cifrada</translation>
    </message>
    <message>
        <source>JSON: one file, to import into Reflect or another app</source>
        <translation>JSON: un solo archivo, para importarlo en Reflect o en otra aplicación</translation>
    </message>
    <message>
        <source>Export as one JSON file</source>
        <translation>Exportar como un solo archivo JSON</translation>
    </message>
    <message>
        <source>Markdown: a folder with one file per entry, to read in any text editor</source>
        <translation>Markdown: una carpeta con un archivo por entrada, para leerla en cualquier editor de texto</translation>
    </message>
    <message>
        <source>Export as a folder of Markdown files</source>
        <translation>Exportar como una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <source>Choose Where…</source>
        <translation>Elegir dónde…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportar como:</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import from {format}</source>
        <translation>Importar desde {format}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Comparing with your journal…</source>
        <translation>Comparando con tu diario…</translation>
    </message>
    <message>
        <source>Importing your entries…</source>
        <translation>Importando tus entradas…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Detenido. No se importó nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se va a importar</translation>
    </message>
    <message>
        <source>Import 1 Entry</source>
        <translation>Importar 1 entrada</translation>
    </message>
    <message>
        <source>Import {count} Entries</source>
        <translation>Importar {count} entradas</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Insights</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Hope and struggle</source>
        <translation>Esperanza y lucha</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros del día</translation>
    </message>
    <message>
        <source>Days written</source>
        <translation>Días escritos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Gathering your charts…</source>
        <translation>Preparando tus gráficos…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <translation>Ver como &amp;tabla</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>&amp;Save Chart as PNG…</source>
        <translation>&amp;Guardar el gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>the folder may not be writable</source>
        <translation>puede que no se pueda escribir en la carpeta</translation>
    </message>
    <message>
        <source>Reflect couldn&apos;t save the chart as {file} ({reason}). Would you try another folder?</source>
        <translation>Reflect no pudo guardar el gráfico como {file} ({reason}). ¿Pruebas con otra carpeta?</translation>
    </message>
    <message>
        <source>Couldn&apos;t Save the Chart</source>
        <translation>No se pudo guardar el gráfico</translation>
    </message>
    <message>
        <source>Saved the chart as {file}. The picture is not encrypted, so keep it somewhere safe.</source>
        <translation>El gráfico se guardó como {file}. La imagen no está cifrada, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as a table</source>
        <translation>El gráfico como tabla</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Agrupar:</translation>
    </message>
</context>
<context>
    <name>LookBack</name>
    <message>
        <source>Look Back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <source>Looking back…</source>
        <translation>Mirando atrás…</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier years yet. What you write today will be waiting here a year from now.</source>
        <translation>Todavía no hay nada escrito en este día en años anteriores. Lo que escribas hoy te estará esperando aquí dentro de un año.</translation>
    </message>
    <message>
        <source>Hard moments you wrote through early on, beside moments of hope from lately.</source>
        <translation>Momentos difíciles sobre los que escribiste al principio, junto a momentos de esperanza de estos últimos tiempos.</translation>
    </message>
    <message>
        <source>When you mark moments of struggle and hope in your entries, you&apos;ll find them here side by side.</source>
        <translation>Cuando marques momentos de lucha y de esperanza en tus entradas, los encontrarás aquí, uno al lado del otro.</translation>
    </message>
    <message>
        <source>Nothing here yet. If you&apos;d like, select some words about a hard time and choose Mark as Struggle.</source>
        <translation>Aquí no hay nada todavía. Si quieres, selecciona algunas palabras sobre un momento difícil y elige Marcar como lucha.</translation>
    </message>
    <message>
        <source>Nothing here yet. When something gives you hope, select those words and choose Mark as Hope.</source>
        <translation>Aquí no hay nada todavía. Cuando algo te dé esperanza, selecciona esas palabras y elige Marcar como esperanza.</translation>
    </message>
    <message>
        <source>&amp;On this day</source>
        <translation>&amp;En este día</translation>
    </message>
    <message>
        <source>On this day: none yet</source>
        <translation>En este día: todavía nada</translation>
    </message>
    <message>
        <source>How far you&apos;ve come</source>
        <translation>Todo lo que has avanzado</translation>
    </message>
    <message>
        <source>&amp;Early on: moments of struggle</source>
        <translation>Al &amp;principio: momentos de lucha</translation>
    </message>
    <message>
        <source>Early moments of struggle</source>
        <translation>Primeros momentos de lucha</translation>
    </message>
    <message>
        <source>&amp;Lately: moments of hope</source>
        <translation>Ú&amp;ltimamente: momentos de esperanza</translation>
    </message>
    <message>
        <source>Recent moments of hope</source>
        <translation>Momentos de esperanza recientes</translation>
    </message>
    <message>
        <source>&amp;On this day · {date}</source>
        <translation>&amp;En este día · {date}</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>En este día</translation>
    </message>
    <message>
        <source>Entries written on this day in earlier years. Press Enter to open one.</source>
        <translation>Entradas escritas en este día en años anteriores. Pulsa Intro para abrir una.</translation>
    </message>
    <message>
        <source>{date}: {words}</source>
        <translation>{date}: {words}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Select some words first, then mark them.</source>
        <translation>Primero selecciona algunas palabras y luego márcalas.</translation>
    </message>
    <message>
        <source>This entry isn&apos;t saved yet, so there is nothing to delete.</source>
        <translation>Esta entrada aún no está guardada, así que no hay nada que borrar.</translation>
    </message>
    <message>
        <source>Entry deleted. File → Undo Delete brings it back.</source>
        <translation>Entrada borrada. Archivo → Deshacer el borrado la recupera.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save yet: {reason}</source>
        <translation>Todavía no se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} palabras</translation>
    </message>
</context>
<context>
    <name>MarkAsDialog</name>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Which tag fits these words? (for example: gratitude, my sponsor)</source>
        <translation>¿Qué etiqueta va con estas palabras? (por ejemplo: gratitud, mi padrino)</translation>
    </message>
    <message>
        <source>Moment tag</source>
        <translation>Etiqueta del momento</translation>
    </message>
    <message>
        <source>Tag problem</source>
        <translation>Problema con la etiqueta</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
</context>
<context>
    <name>MomentFilterBar</name>
    <message>
        <source>All moments</source>
        <translation>Todos los momentos</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Only moments of this kind.</source>
        <translation>Solo los momentos de este tipo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Only moments in entries with this tag.</source>
        <translation>Solo los momentos de entradas con esta etiqueta.</translation>
    </message>
    <message>
        <source>Only moments in entries written in this period.</source>
        <translation>Solo los momentos de entradas escritas en este periodo.</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Ver &amp;todos</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Ver todos</translation>
    </message>
    <message>
        <source>List every moment again.</source>
        <translation>Vuelve a mostrar todos los momentos.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
</context>
<context>
    <name>MomentListModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Loading moment</source>
        <translation>Cargando el momento</translation>
    </message>
</context>
<context>
    <name>MomentPanel</name>
    <message>
        <source>Moments here</source>
        <translation>Momentos aquí</translation>
    </message>
</context>
<context>
    <name>MomentsBrowser</name>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Looking through your moments…</source>
        <translation>Revisando tus momentos…</translation>
    </message>
    <message>
        <source>No moments marked yet. Select some words in an entry and choose Mark as Hope or Mark as Struggle.</source>
        <translation>Todavía no has marcado ningún momento. Selecciona algunas palabras en una entrada y elige Marcar como esperanza o Marcar como lucha.</translation>
    </message>
    <message>
        <source>No moments match these choices. Try another kind, tag or dates, or choose Show All.</source>
        <translation>Ningún momento coincide con lo que elegiste. Prueba con otro tipo, etiqueta o fechas, o elige Ver todos.</translation>
    </message>
    <message>
        <source>Moments listed</source>
        <translation>Momentos en la lista</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>Sobre la lista</translation>
    </message>
    <message>
        <source>Add to Share…</source>
        <translation>Añadir a un compartir…</translation>
    </message>
    <message>
        <source>Keep the selected moments out of every share</source>
        <translation>Deja los momentos seleccionados fuera de todo lo que compartes</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a moment in its entry. Select several to gather them.</source>
        <translation>Haz doble clic o pulsa Intro para abrir un momento en su entrada. Selecciona varios para reunirlos.</translation>
    </message>
    <message>
        <source>Copy the selected moments into a share you are preparing</source>
        <translation>Copia los momentos seleccionados en un compartir que estás preparando</translation>
    </message>
    <message>
        <source>Keep the selected moments out of every share (their words stay in your journal)</source>
        <translation>Deja los momentos seleccionados fuera de todo lo que compartes (sus palabras se quedan en tu diario)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MonthFilter</name>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>Choose a month to see only the entries written in it.</source>
        <translation>Elige un mes para ver solo las entradas escritas en él.</translation>
    </message>
</context>
<context>
    <name>NeverShareLine</name>
    <message>
        <source>{marked}. {more}</source>
        <translation>{marked}. {more}</translation>
    </message>
    <message>
        <source>Remove Mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>Remove the Never Share mark</source>
        <translation>Quitar la marca «No compartir nunca»</translation>
    </message>
    <message>
        <source>Let this entry&apos;s words go into a share again</source>
        <translation>Deja que las palabras de esta entrada vuelvan a poder ir en un compartir</translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthHint</name>
    <message>
        <source>Longer is stronger: try a few unrelated words.</source>
        <translation>Cuanto más larga, más segura: prueba con unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>That one is very common — someone could guess it.</source>
        <translation>Esa es muy común: alguien podría adivinarla.</translation>
    </message>
    <message>
        <source>Repeats, runs and keyboard rows like “1234” or “qwerty” are easy to guess.</source>
        <translation>Las repeticiones, las series y las filas del teclado como “1234” o “qwerty” son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>“Reflect”, “journal” and “diary” are among the first things anyone would try.</source>
        <translation>“Reflect”, “diario” y “journal” son de lo primero que cualquiera probaría.</translation>
    </message>
    <message>
        <source>Longer is stronger: another word or two would help a lot.</source>
        <translation>Cuanto más larga, más segura: una o dos palabras más ayudarían mucho.</translation>
    </message>
    <message>
        <source>Good. One more word would make it strong.</source>
        <translation>Bien. Una palabra más la haría segura.</translation>
    </message>
    <message>
        <source>Strong. Choose one you&apos;ll remember, too.</source>
        <translation>Segura. Elige también una que vayas a recordar.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Muy corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejo sobre la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People in Your Story</source>
        <translation>Personas de tu historia</translation>
    </message>
    <message>
        <source>When you prepare a share, Reflect offers to replace these names with the words you choose.</source>
        <translation>Cuando preparas un compartir, Reflect te ofrece cambiar estos nombres por las palabras que elijas.</translation>
    </message>
    <message>
        <source>No one on your list yet. Choose Add… to add someone from your story and how they should be called when you share.</source>
        <translation>Todavía no hay nadie en tu lista. Elige Añadir… para añadir a alguien de tu historia y cómo quieres llamarle cuando compartes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Called when shared</source>
        <translation>Nombre al compartir</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>Otras formas</translation>
    </message>
    <message>
        <source>People list: no one yet</source>
        <translation>Lista de personas: todavía no hay nadie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Add a person and what to call them.</source>
        <translation>Añade a una persona y cómo quieres llamarle.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change the chosen person&apos;s names.</source>
        <translation>Cambia los nombres de la persona elegida.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the chosen person off the list.</source>
        <translation>Quita a la persona elegida de la lista.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Lista de personas</translation>
    </message>
    <message>
        <source>Each person&apos;s name, what they are called when you share, and other forms. Press Enter to edit someone.</source>
        <translation>El nombre de cada persona, cómo la llamas cuando compartes y otras formas. Pulsa Intro para editar a alguien.</translation>
    </message>
    <message>
        <source>Take {name} off your list?</source>
        <translation>¿Quitar a {name} de tu lista?</translation>
    </message>
    <message>
        <source>Reflect will no longer offer to replace {name} in your shares. Your journal and your shares stay as they are.</source>
        <translation>Reflect ya no te ofrecerá cambiar a {name} en lo que compartes. Tu diario y tus compartires se quedan como están.</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre dos fechas…</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>The first day of the period, included.</source>
        <translation>El primer día del periodo, incluido.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>The last day of the period, included.</source>
        <translation>El último día del periodo, incluido.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add Someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their name as it appears in your journal.</source>
        <translation>Su nombre tal como aparece en tu diario.</translation>
    </message>
    <message>
        <source>Called when shared</source>
        <translation>Nombre al compartir</translation>
    </message>
    <message>
        <source>The words Reflect offers instead of the name, for example “my sister”.</source>
        <translation>Las palabras que Reflect te ofrece en lugar del nombre, por ejemplo «mi hermana».</translation>
    </message>
    <message>
        <source>for example: my sister, a friend</source>
        <translation>por ejemplo: mi hermana, una amiga</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>Otras formas</translation>
    </message>
    <message>
        <source>Other ways the name is written, such as a nickname, separated by commas.</source>
        <translation>Otras formas de escribir el nombre, como un apodo, separadas por comas.</translation>
    </message>
    <message>
        <source>nicknames, separated by commas</source>
        <translation>apodos, separados por comas</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Qué hay que cambiar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Called when shared:</source>
        <translation>Nombre al &amp;compartir:</translation>
    </message>
    <message>
        <source>&amp;Other forms:</source>
        <translation>&amp;Otras formas:</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;Lock the journal after:</source>
        <translation>&amp;Bloquear el diario después de:</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutos hasta el bloqueo automático</translation>
    </message>
    <message>
        <source>Reflect locks your journal after this many minutes without typing or clicking.</source>
        <translation>Reflect bloquea tu diario después de estos minutos sin que escribas ni hagas clic.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <source>For shared computers: a plain window title and icon, and Ctrl+Shift+L hides everything at once.</source>
        <translation>Para equipos compartidos: un título y un icono de ventana sencillos, y Ctrl+Shift+L lo oculta todo de inmediato.</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Tipo de &amp;letra:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Tipo de letra del editor</translation>
    </message>
    <message>
        <source>The typeface you write in. Your saved words and their formatting stay as they are.</source>
        <translation>La letra con la que escribes. Tus palabras guardadas y su formato quedan tal como están.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Tamaño de letra del editor</translation>
    </message>
    <message>
        <source>How large the words are while you write, in points.</source>
        <translation>El tamaño de las palabras mientras escribes, en puntos.</translation>
    </message>
    <message>
        <source>Same as my computer</source>
        <translation>Igual que mi equipo</translation>
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
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark windows, or the same as the rest of your computer. It changes at once.</source>
        <translation>Ventanas claras u oscuras, o igual que el resto de tu equipo. El cambio es inmediato.</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>&amp;Speaking rate:</source>
        <translation>&amp;Velocidad al hablar:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad al hablar</translation>
    </message>
    <message>
        <source>How fast you usually read aloud, for timing a new share. Each share can have its own.</source>
        <translation>Lo rápido que sueles leer en voz alta, para calcular cuánto dura lo nuevo que compartas. Cada cosa que compartes puede tener la suya.</translation>
    </message>
    <message>
        <source>&amp;Print size:</source>
        <translation>Tamaño de &amp;impresión:</translation>
    </message>
    <message>
        <source>Print size for new shares</source>
        <translation>Tamaño de impresión para lo nuevo que compartas</translation>
    </message>
    <message>
        <source>How large the words of a new share are printed. Shares you already have keep their own.</source>
        <translation>El tamaño con el que se imprimen las palabras de lo nuevo que compartas. Lo que ya tienes preparado conserva el suyo.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>Page size for new shares</source>
        <translation>Tamaño de página para lo nuevo que compartas</translation>
    </message>
    <message>
        <source>The paper a new share is printed on. Shares you already have keep their own.</source>
        <translation>El papel en el que se imprime lo nuevo que compartas. Lo que ya tienes preparado conserva el suyo.</translation>
    </message>
    <message>
        <source>&amp;Keep this many daily backups:</source>
        <translation>Copias diarias que se &amp;guardan:</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Copias de seguridad diarias que se guardan</translation>
    </message>
    <message>
        <source>Reflect makes an encrypted backup of your journal each day you open it and keeps the newest ones.</source>
        <translation>Reflect hace una copia de seguridad cifrada de tu diario cada día que lo abres y guarda las más recientes.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Use System Font</source>
        <translation>&amp;Usar la letra del sistema</translation>
    </message>
    <message>
        <source>Use system font</source>
        <translation>Usar la letra del sistema</translation>
    </message>
    <message>
        <source>Write in your computer&apos;s own font and size, and follow it if you change it.</source>
        <translation>Escribe con la letra y el tamaño de tu equipo; si los cambias allí, Reflect los sigue.</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Each new share starts with these. Shares you already have keep their own.</source>
        <translation>Lo nuevo que compartas empieza con estos valores. Lo que ya tienes preparado conserva los suyos.</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Title to print</source>
        <translation>Título para imprimir</translation>
    </message>
    <message>
        <source>Printed at the top of the first page. Leave it empty for no title.</source>
        <translation>Se imprime arriba en la primera página. Déjalo vacío si no quieres título.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Print size</source>
        <translation>Tamaño de impresión</translation>
    </message>
    <message>
        <source>How large the words are printed, from {least} to {most} points.</source>
        <translation>De qué tamaño se imprimen las palabras, de {least} a {most} puntos.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Print the &amp;title</source>
        <translation>Imprimir el tít&amp;ulo</translation>
    </message>
    <message>
        <source>Print the title at the top.</source>
        <translation>Imprime el título arriba.</translation>
    </message>
    <message>
        <source>Print the &amp;date</source>
        <translation>Imprimir la &amp;fecha</translation>
    </message>
    <message>
        <source>Print today&apos;s date under the title.</source>
        <translation>Imprime la fecha de hoy debajo del título.</translation>
    </message>
    <message>
        <source>N&amp;umber the paragraphs</source>
        <translation>Num&amp;erar los párrafos</translation>
    </message>
    <message>
        <source>Put a number before each paragraph, to find your place.</source>
        <translation>Pone un número delante de cada párrafo, para que no te pierdas.</translation>
    </message>
    <message>
        <source>&amp;Count dates from</source>
        <translation>Contar las fec&amp;has desde</translation>
    </message>
    <message>
        <source>When on, exact dates in your share are offered as how long since this day, for example “about three months in”.</source>
        <translation>Si está activado, las fechas exactas de lo que compartes se ofrecen como el tiempo pasado desde este día, por ejemplo «unos tres meses después».</translation>
    </message>
    <message>
        <source>Count dates from this day</source>
        <translation>Contar las fechas desde este día</translation>
    </message>
    <message>
        <source>The day you count from, such as the start of your recovery.</source>
        <translation>El día desde el que cuentas, como el comienzo de tu recuperación.</translation>
    </message>
    <message>
        <source>T&amp;itle to print:</source>
        <translation>Título &amp;para imprimir:</translation>
    </message>
    <message>
        <source>&amp;Print size:</source>
        <translation>Tama&amp;ño de impresión:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Tamaño de pá&amp;gina:</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <source>Something to write about, if you&apos;d like:</source>
        <translation>Algo sobre lo que escribir, si quieres:</translation>
    </message>
    <message>
        <source>Writing suggestion</source>
        <translation>Sugerencia para escribir</translation>
    </message>
    <message>
        <source>Suggestion heading</source>
        <translation>Encabezado de la sugerencia</translation>
    </message>
    <message>
        <source>Suggested prompt</source>
        <translation>Sugerencia propuesta</translation>
    </message>
    <message>
        <source>&amp;Use This Prompt</source>
        <translation>&amp;Usar esta sugerencia</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Usar esta sugerencia</translation>
    </message>
    <message>
        <source>Starts the entry with this prompt as its title.</source>
        <translation>Empieza la entrada con esta sugerencia como título.</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Otra</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra sugerencia</translation>
    </message>
    <message>
        <source>Shows a different prompt.</source>
        <translation>Muestra una sugerencia distinta.</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Hides the suggestion.</source>
        <translation>Oculta la sugerencia.</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>New Entry from Prompt</source>
        <translation>Nueva entrada desde una sugerencia</translation>
    </message>
    <message>
        <source>Choose a prompt from the list to see it here.</source>
        <translation>Elige una sugerencia de la lista para verla aquí.</translation>
    </message>
    <message>
        <source>&amp;Add My Own Prompt…</source>
        <translation>&amp;Añadir una sugerencia mía…</translation>
    </message>
    <message>
        <source>Add my own prompt</source>
        <translation>Añadir una sugerencia mía</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove my prompt</source>
        <translation>Quitar mi sugerencia</translation>
    </message>
    <message>
        <source>Removes one of your own prompts.</source>
        <translation>Quita una de tus propias sugerencias.</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Vista de la sugerencia</translation>
    </message>
    <message>
        <source>Prompt theme</source>
        <translation>Tema de la sugerencia</translation>
    </message>
    <message>
        <source>Prompt message</source>
        <translation>Mensaje sobre las sugerencias</translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation>&amp;Empezar a escribir</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Empezar a escribir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Your own prompt</source>
        <translation>Tu propia sugerencia</translation>
    </message>
    <message>
        <source>My prompt</source>
        <translation>Mi sugerencia</translation>
    </message>
    <message>
        <source>For example: What is one thing I&apos;m looking forward to?</source>
        <translation>Por ejemplo: ¿Qué es algo que tengo ganas de que llegue?</translation>
    </message>
    <message>
        <source>Theme for my prompt</source>
        <translation>Tema de mi sugerencia</translation>
    </message>
    <message>
        <source>Prompt problem</source>
        <translation>Problema con la sugerencia</translation>
    </message>
    <message>
        <source>Sa&amp;ve Prompt</source>
        <translation>&amp;Guardar sugerencia</translation>
    </message>
    <message>
        <source>Save my prompt</source>
        <translation>Guardar mi sugerencia</translation>
    </message>
    <message>
        <source>&amp;Never Mind</source>
        <translation>&amp;Déjalo</translation>
    </message>
    <message>
        <source>Never mind, don&apos;t add a prompt</source>
        <translation>Déjalo, no añadir ninguna sugerencia</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Sugerencia:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme: {theme} · one of your own prompts</source>
        <translation>Tema: {theme} · una de tus propias sugerencias</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Your own prompts couldn&apos;t be shown just now. {reason}</source>
        <translation>Tus propias sugerencias no se pudieron mostrar ahora mismo. {reason}</translation>
    </message>
    <message>
        <source>Your prompt is saved in your journal, under My prompts.</source>
        <translation>Tu sugerencia está guardada en tu diario, en Mis sugerencias.</translation>
    </message>
    <message>
        <source>Your prompt was removed.</source>
        <translation>Se quitó tu sugerencia.</translation>
    </message>
    <message>
        <source>That prompt couldn&apos;t be removed just now. {reason}</source>
        <translation>Esa sugerencia no se pudo quitar ahora mismo. {reason}</translation>
    </message>
</context>
<context>
    <name>PromptTreeModel</name>
    <message>
        <source>My prompts</source>
        <translation>Mis sugerencias</translation>
    </message>
    <message>
        <source>{prompt}
Theme: {theme}</source>
        <translation>{prompt}
Tema: {theme}</translation>
    </message>
    <message>
        <source>Prompts you added yourself. They&apos;re kept inside your encrypted journal.</source>
        <translation>Sugerencias que añadiste tú. Se guardan dentro de tu diario cifrado.</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>{category} · {places}</source>
        <translation>{category} · {places}</translation>
    </message>
    <message>
        <source>Replacement for {original}</source>
        <translation>Cambio para {original}</translation>
    </message>
    <message>
        <source>The words printed instead of “{original}” when you accept.</source>
        <translation>Las palabras que se imprimen en lugar de «{original}» si aceptas.</translation>
    </message>
    <message>
        <source>Print the words in the box instead of “{original}”, {places}.</source>
        <translation>Imprime las palabras del cuadro en lugar de «{original}», {places}.</translation>
    </message>
    <message>
        <source>Keep “{original}” as written.</source>
        <translation>Deja «{original}» como está escrito.</translation>
    </message>
    <message>
        <source>{original}: {category}, {places}, {state}</source>
        <translation>{original}: {category}, {places}, {state}</translation>
    </message>
</context>
<context>
    <name>ReadingTimeBar</name>
    <message>
        <source>Read-aloud time</source>
        <translation>Tiempo de lectura en voz alta</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Fits your time</source>
        <translation>Cabe en tu tiempo</translation>
    </message>
    <message>
        <source>Longer than your time</source>
        <translation>Más largo que tu tiempo</translation>
    </message>
    <message>
        <source>Read-aloud time in words</source>
        <translation>Tiempo de lectura en voz alta, en palabras</translation>
    </message>
    <message>
        <source>Fits or longer than your time</source>
        <translation>Si cabe en tu tiempo o es más largo</translation>
    </message>
    <message>
        <source>Words a &amp;minute:</source>
        <translation>Palabras por &amp;minuto:</translation>
    </message>
    <message>
        <source>Time to spea&amp;k:</source>
        <translation>&amp;Tiempo para hablar:</translation>
    </message>
    <message>
        <source>Words a minute</source>
        <translation>Palabras por minuto</translation>
    </message>
    <message>
        <source>How fast you read aloud. Most people read between 110 and 150 words a minute.</source>
        <translation>Lo rápido que lees en voz alta. La mayoría de la gente lee entre 110 y 150 palabras por minuto.</translation>
    </message>
    <message>
        <source>Time to speak</source>
        <translation>Tiempo para hablar</translation>
    </message>
    <message>
        <source>How long you have to share.</source>
        <translation>Cuánto tiempo tienes para compartir.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to speak</source>
        <translation>Minutos para hablar</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery Code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>You already have a recovery code. Once you use this new one, the old one stops working.</source>
        <translation>Ya tienes un código de recuperación. En cuanto uses este nuevo, el anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>I&apos;ve written this code down or printed it, and it&apos;s somewhere safe and private.</source>
        <translation>Anoté o imprimí este código, y está en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>I&apos;ve saved my recovery code</source>
        <translation>Guardé mi código de recuperación</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm it&apos;s you.</source>
        <translation>Escribe tu frase de contraseña para confirmar que eres tú.</translation>
    </message>
    <message>
        <source>&amp;Your passphrase:</source>
        <translation>Tu &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Use This Code. To use it, type your passphrase.</source>
        <translation>No cambia nada hasta que elijas Usar este código. Para usarlo, escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Use This Code</source>
        <translation>Usar este código</translation>
    </message>
    <message>
        <source>Remove Recovery Code</source>
        <translation>Quitar el código de recuperación</translation>
    </message>
    <message>
        <source>Setting up your recovery code…</source>
        <translation>Preparando tu código de recuperación…</translation>
    </message>
    <message>
        <source>Remove your recovery code? After this, only your passphrase opens your journal.</source>
        <translation>¿Quitar tu código de recuperación? Después de esto, solo tu frase de contraseña abre tu diario.</translation>
    </message>
    <message>
        <source>Removing your recovery code…</source>
        <translation>Quitando tu código de recuperación…</translation>
    </message>
    <message>
        <source>Your recovery code is ready. Keep it somewhere safe and private. Your old code no longer works.</source>
        <translation>Tu código de recuperación está listo. Guárdalo en un lugar seguro y privado. Tu código anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Your recovery code is ready. Keep it somewhere safe and private.</source>
        <translation>Tu código de recuperación está listo. Guárdalo en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>Removed your recovery code. Now only your passphrase opens your journal.</source>
        <translation>Se quitó tu código de recuperación. Ahora solo tu frase de contraseña abre tu diario.</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase, so nothing was changed. Try again?</source>
        <translation>Esa no es tu frase de contraseña, así que no se cambió nada. ¿Lo intentas otra vez?</translation>
    </message>
    <message>
        <source>Print Recovery Code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Please type your passphrase first, to confirm it&apos;s you.</source>
        <translation>Primero escribe tu frase de contraseña, por favor, para confirmar que eres tú.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <source>Use Your Recovery Code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down or printed. Capitals, spaces and dashes don&apos;t matter. Then choose a new passphrase: from now on it opens your journal, and your recovery code keeps working too.</source>
        <translation>Escribe el código de recuperación que anotaste o imprimiste. Las mayúsculas, los espacios y los guiones no importan. Luego elige una frase de contraseña nueva: a partir de ahora abre tu diario, y tu código de recuperación también sigue funcionando.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Checking your recovery code…</source>
        <translation>Comprobando tu código de recuperación…</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Opening your journal…</source>
        <translation>Tu frase de contraseña nueva está lista. Abriendo tu diario…</translation>
    </message>
    <message>
        <source>Your new passphrase is set, but the journal didn&apos;t open: {reason}</source>
        <translation>Tu frase de contraseña nueva está lista, pero el diario no se abrió: {reason}</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>Accept All</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Use the words shown for every suggestion you haven&apos;t decided on yet.</source>
        <translation>Usa las palabras que se muestran en cada sugerencia que aún no has decidido.</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <source>The people in your story and what to call them when you share.</source>
        <translation>Las personas de tu historia y cómo llamarlas cuando compartes.</translation>
    </message>
    <message>
        <source>Suggestions to protect others</source>
        <translation>Sugerencias para proteger a los demás</translation>
    </message>
    <message>
        <source>Nothing found to protect</source>
        <translation>No se encontró nada que proteger</translation>
    </message>
</context>
<context>
    <name>RehearsalText</name>
    <message>
        <source>Rehearsal text</source>
        <translation>Texto del ensayo</translation>
    </message>
</context>
<context>
    <name>RehearsalWindow</name>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Space pause  ·  ← → move  ·  + − text size  ·  M switch mode  ·  Esc leave</source>
        <translation>Espacio pausa  ·  ← → moverte  ·  + − tamaño del texto  ·  M cambiar de modo  ·  Esc salir</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>There are no words in this share yet.</source>
        <translation>Todavía no hay palabras en este compartir.</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Pausar o reanudar el reloj</translation>
    </message>
    <message>
        <source>Next paragraph, or scroll on</source>
        <translation>Párrafo siguiente, o avanzar</translation>
    </message>
    <message>
        <source>Previous paragraph, or scroll back</source>
        <translation>Párrafo anterior, o retroceder</translation>
    </message>
    <message>
        <source>First paragraph</source>
        <translation>Primer párrafo</translation>
    </message>
    <message>
        <source>Last paragraph</source>
        <translation>Último párrafo</translation>
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
        <source>Switch between one paragraph and auto-scroll</source>
        <translation>Cambiar entre un párrafo y desplazamiento automático</translation>
    </message>
    <message>
        <source>Leave the rehearsal</source>
        <translation>Salir del ensayo</translation>
    </message>
    <message>
        <source>Share title</source>
        <translation>Título del compartir</translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation>Tiempo hasta ahora</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo que queda</translation>
    </message>
    <message>
        <source>Your time to share: {clock}</source>
        <translation>Tu tiempo para compartir: {clock}</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>One Paragraph</source>
        <translation>Un párrafo</translation>
    </message>
    <message>
        <source>Show one paragraph at a time (M)</source>
        <translation>Muestra un párrafo cada vez (M)</translation>
    </message>
    <message>
        <source>Auto-Scroll</source>
        <translation>Desplazamiento automático</translation>
    </message>
    <message>
        <source>Scroll gently at your speaking rate (M)</source>
        <translation>Avanza con suavidad a tu ritmo al hablar (M)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Smaller text (−)</source>
        <translation>Texto más pequeño (−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Larger text (+)</source>
        <translation>Texto más grande (+)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the clock (Space)</source>
        <translation>Pausa el reloj (Espacio)</translation>
    </message>
    <message>
        <source>Leave Rehearsal</source>
        <translation>Salir del ensayo</translation>
    </message>
    <message>
        <source>Leave the rehearsal (Esc)</source>
        <translation>Sal del ensayo (Esc)</translation>
    </message>
    <message>
        <source>{clock} so far</source>
        <translation>{clock} hasta ahora</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the clock (Space)</source>
        <translation>Reanuda el reloj (Espacio)</translation>
    </message>
    <message>
        <source>Paragraph {number} of {count}</source>
        <translation>Párrafo {number} de {count}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup made on {date}?
{file}</source>
        <translation>¿Restaurar la copia de seguridad hecha el {date}?
{file}</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia de seguridad que se va a restaurar</translation>
    </message>
    <message>
        <source>Restoring puts the journal in this backup in place of the one open now.

• Reflect checks every page of the backup first. If anything is wrong, nothing changes.
• Anything written after {date} isn&apos;t in this backup. Your journal as it is now is kept in a folder beside it, so nothing you wrote is lost.
• Afterwards your journal opens with the passphrase it had when the backup was made.</source>
        <translation>Restaurar pone el diario de esta copia en lugar del que está abierto ahora.

• Reflect revisa primero todas las páginas de la copia. Si algo está mal, no cambia nada.
• Lo que escribiste después del {date} no está en esta copia. Tu diario tal como está ahora se guarda en una carpeta a su lado, así que no se pierde nada de lo que escribiste.
• Después, tu diario se abre con la frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>What restoring does</source>
        <translation>Qué hace la restauración</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>The passphrase your journal had when this backup was made</source>
        <translation>La frase de contraseña que tenía tu diario cuando se hizo esta copia</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>Escribe la frase de contraseña de la copia, por favor.</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any moments</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Any check-in</source>
        <translation>Cualquier registro del día</translation>
    </message>
    <message>
        <source>With hope</source>
        <translation>Con esperanza</translation>
    </message>
    <message>
        <source>With struggle</source>
        <translation>Con lucha</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Primero las más recientes</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Primero las que más coinciden</translation>
    </message>
    <message>
        <source>Only entries written in this period.</source>
        <translation>Solo las entradas escritas en este periodo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>Solo las entradas con esta etiqueta.</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momentos</translation>
    </message>
    <message>
        <source>Only entries with a moment of this kind.</source>
        <translation>Solo las entradas con un momento de este tipo.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro del día</translation>
    </message>
    <message>
        <source>Only entries with this check-in.</source>
        <translation>Solo las entradas con este registro del día.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>How the results are listed.</source>
        <translation>Cómo se ordenan los resultados.</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <source>Momen&amp;ts</source>
        <translation>Mome&amp;ntos</translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Registro del día</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>Or&amp;den</translation>
    </message>
    <message>
        <source>Marked “{kind}”</source>
        <translation>Marcadas como «{kind}»</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Words, the start of a word with * (hop*), or &quot;words in quotes&quot; together.</source>
        <translation>Palabras, el principio de una palabra con * (esper*), o &quot;palabras entre comillas&quot; juntas.</translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Busca en tu diario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Filtros de búsqueda</translation>
    </message>
    <message>
        <source>Show or hide dates, tag, moments, check-in</source>
        <translation>Mostrar u ocultar fechas, etiqueta, momentos y registro del día</translation>
    </message>
    <message>
        <source>Search results count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Add to Share…</source>
        <translation>Añadir a un compartir…</translation>
    </message>
    <message>
        <source>Copy the paragraph where this result matched into a share</source>
        <translation>Copia en un compartir el párrafo donde se encontró este resultado</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Loading result</source>
        <translation>Cargando el resultado</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Search ran into a problem; please try again.</source>
        <translation>La búsqueda tuvo un problema; inténtalo otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Couldn&apos;t save that change yet</source>
        <translation>Todavía no se pudo guardar ese cambio</translation>
    </message>
    <message>
        <source>Removed from this share. Your journal is unchanged.</source>
        <translation>Se quitó de este compartir. Tu diario no cambia.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Your journal is unchanged.</source>
        <translation>Se borró «{name}». Tu diario no cambia.</translation>
    </message>
</context>
<context>
    <name>ShareComposerBase</name>
    <message>
        <source>Shares — Reflect</source>
        <translation>Compartires — Reflect</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartires</translation>
    </message>
    <message>
        <source>{failed}: {problem}</source>
        <translation>{failed}: {problem}</translation>
    </message>
    <message>
        <source>Couldn&apos;t keep that print setting</source>
        <translation>No se pudo guardar ese ajuste de impresión</translation>
    </message>
</context>
<context>
    <name>ShareItemEditor</name>
    <message>
        <source>Where these words come from</source>
        <translation>De dónde vienen estas palabras</translation>
    </message>
    <message>
        <source>Show in &amp;Journal</source>
        <translation>Mostrar en el &amp;diario</translation>
    </message>
    <message>
        <source>Show in Journal</source>
        <translation>Mostrar en el diario</translation>
    </message>
    <message>
        <source>Words for this share</source>
        <translation>Palabras para este compartir</translation>
    </message>
    <message>
        <source>Never Share sign</source>
        <translation>Señal de «No compartir nunca»</translation>
    </message>
    <message>
        <source>About Never Share</source>
        <translation>Sobre «No compartir nunca»</translation>
    </message>
    <message>
        <source>About editing these words</source>
        <translation>Sobre editar estas palabras</translation>
    </message>
    <message>
        <source>&amp;Private note — never printed</source>
        <translation>Nota privad&amp;a — nunca se imprime</translation>
    </message>
</context>
<context>
    <name>ShareListModel</name>
    <message>
        <source>{name}
{parts}</source>
        <translation>{name}
{parts}</translation>
    </message>
    <message>
        <source>{name}, {parts}</source>
        <translation>{name}, {parts}</translation>
    </message>
</context>
<context>
    <name>ShareListPane</name>
    <message>
        <source>&amp;Your shares</source>
        <translation>Tus compartire&amp;s</translation>
    </message>
    <message>
        <source>Your shares</source>
        <translation>Tus compartires</translation>
    </message>
    <message>
        <source>&amp;New Share…</source>
        <translation>Compartir &amp;nuevo…</translation>
    </message>
    <message>
        <source>New Share…</source>
        <translation>Compartir nuevo…</translation>
    </message>
    <message>
        <source>Start a new share</source>
        <translation>Empieza un compartir nuevo</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Cambiar nom&amp;bre…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Give this share another name</source>
        <translation>Ponle otro nombre a este compartir</translation>
    </message>
    <message>
        <source>De&amp;lete Share…</source>
        <translation>Bo&amp;rrar compartir…</translation>
    </message>
    <message>
        <source>Delete Share…</source>
        <translation>Borrar compartir…</translation>
    </message>
    <message>
        <source>Delete this share (your journal stays as it is)</source>
        <translation>Borra este compartir (tu diario se queda como está)</translation>
    </message>
    <message>
        <source>What I&apos;ve S&amp;hared…</source>
        <translation>Lo &amp;que he compartido…</translation>
    </message>
    <message>
        <source>What I&apos;ve Shared…</source>
        <translation>Lo que he compartido…</translation>
    </message>
    <message>
        <source>Each time you saved or printed a share</source>
        <translation>Cada vez que guardaste o imprimiste un compartir</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>Select some words in an entry first, then add them to a share.</source>
        <translation>Primero selecciona algunas palabras en una entrada y luego añádelas a un compartir.</translation>
    </message>
    <message>
        <source>This entry is still being saved. Please try again in a moment.</source>
        <translation>Esta entrada aún se está guardando. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Added 1 passage to your share.</source>
        <translation>Se añadió 1 pasaje a tu compartir.</translation>
    </message>
    <message>
        <source>Added {count} passages to your share.</source>
        <translation>Se añadieron {count} pasajes a tu compartir.</translation>
    </message>
</context>
<context>
    <name>ShareNaming</name>
    <message>
        <source>New Share</source>
        <translation>Compartir nuevo</translation>
    </message>
    <message>
        <source>Rename Share</source>
        <translation>Cambiar el nombre del compartir</translation>
    </message>
</context>
<context>
    <name>ShareOutput</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Share Not Copied</source>
        <translation>No se copió el compartir</translation>
    </message>
    <message>
        <source>Copied your share as text. Paste it wherever you need it.</source>
        <translation>Copiaste tu compartir como texto. Pégalo donde lo necesites.</translation>
    </message>
    <message>
        <source>Share Not Printed</source>
        <translation>No se imprimió el compartir</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Print Share</source>
        <translation>Imprimir compartir</translation>
    </message>
    <message>
        <source>Sent your share to the printer.</source>
        <translation>Enviaste tu compartir a la impresora.</translation>
    </message>
    <message>
        <source>Share Not Saved</source>
        <translation>No se guardó el compartir</translation>
    </message>
    <message>
        <source>Saved your share as {file}.</source>
        <translation>Guardaste tu compartir como {file}.</translation>
    </message>
    <message>
        <source>Share Saved</source>
        <translation>Compartir guardado</translation>
    </message>
    <message>
        <source>Saving your share…</source>
        <translation>Guardando tu compartir…</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Exactly the words that will be printed, with your choices about names applied.</source>
        <translation>Exactamente las palabras que se imprimirán, con tus decisiones sobre los nombres ya aplicadas.</translation>
    </message>
</context>
<context>
    <name>ShareReviewDialog</name>
    <message>
        <source>What this review is for</source>
        <translation>Para qué sirve esta revisión</translation>
    </message>
    <message>
        <source>What stands before you {verb}</source>
        <translation>Lo que queda antes de {verb}</translation>
    </message>
    <message>
        <source>Your share, part by part</source>
        <translation>Tu compartir, parte por parte</translation>
    </message>
    <message>
        <source>For each part: Never Share, names or numbers to decide, private notes, and whether you have shared it before.</source>
        <translation>Para cada parte: «No compartir nunca», nombres o números por decidir, notas privadas y si ya la has compartido antes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SharedHistoryDialog</name>
    <message>
        <source>What I&apos;ve shared</source>
        <translation>Lo que he compartido</translation>
    </message>
    <message>
        <source>Each time a share was saved or printed: the day, the share, the file, the format and how many passages it held.</source>
        <translation>Cada vez que se guardó o imprimió un compartir: el día, el compartir, el archivo, el formato y cuántos pasajes tenía.</translation>
    </message>
    <message>
        <source>What I&apos;ve shared: nothing yet</source>
        <translation>Lo que he compartido: todavía nada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SharedMarksStrip</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the words shared on {day} in {share}</source>
        <translation>Mostrar las palabras compartidas el {day} en {share}</translation>
    </message>
    <message>
        <source>Select these words in the entry</source>
        <translation>Selecciona estas palabras en la entrada</translation>
    </message>
    <message>
        <source>Passages of this entry you have printed or saved</source>
        <translation>Pasajes de esta entrada que has impreso o guardado</translation>
    </message>
    <message>
        <source>…and 1 more time before that</source>
        <translation>…y 1 vez más antes</translation>
    </message>
    <message>
        <source>…and {count} more times before that</source>
        <translation>…y {count} veces más antes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{menu} menu</source>
        <translation>Menú {menu}</translation>
    </message>
    <message>
        <source>Shares window: {menu} menu</source>
        <translation>Ventana de compartir: menú {menu}</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>An action or a key, e.g. Ctrl+S</source>
        <translation>Una acción o una tecla, p. ej. Ctrl+S</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or keys hold these words</source>
        <translation>Muestra solo los atajos cuya acción o teclas contienen estas palabras</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>No shortcut matches “{words}”. Try fewer letters?</source>
        <translation>Ningún atajo coincide con “{words}”. ¿Pruebas con menos letras?</translation>
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
    <name>SideWindows</name>
    <message>
        <source>Rehearse</source>
        <translation>Ensayar</translation>
    </message>
</context>
<context>
    <name>SnippetDelegate</name>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Reflect. Your saved writing is safe; please try again, and restart Reflect if it happens again.</source>
        <translation>Algo salió mal dentro de Reflect. Lo que ya tienes guardado está a salvo; inténtalo otra vez y reinicia Reflect si vuelve a pasar.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirma la frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code</source>
        <translation>¿Olvidaste tu frase de contraseña? Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Create Journal</source>
        <translation>Crear diario</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect your journal:</source>
        <translation>Elige una frase de contraseña para proteger tu diario:</translation>
    </message>
    <message>
        <source>Choose a passphrase. It can&apos;t be recovered if you forget it.</source>
        <translation>Elige una frase de contraseña. Si la olvidas, no se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <source>Welcome back. Your journal is in:
{folder}</source>
        <translation>Hola de nuevo. Tu diario está en:
{folder}</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet. Please type them again.</source>
        <translation>Las dos frases de contraseña todavía no coinciden. Escríbelas otra vez, por favor.</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Try again?</source>
        <translation>Esa frase de contraseña no abrió este diario. ¿Lo intentas otra vez?</translation>
    </message>
</context>
<context>
    <name>WaitingWindow</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Reflect is hidden</source>
        <translation>Reflect está oculto</translation>
    </message>
    <message>
        <source>Bringing your writing back…</source>
        <translation>Trayendo de vuelta lo que escribiste…</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Te damos la bienvenida a Reflect</translation>
    </message>
    <message>
        <source>Your journal stays on this computer, in this folder:</source>
        <translation>Tu diario se queda en este equipo, en esta carpeta:</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <source>It&apos;s encrypted here and never sent anywhere. Reflect doesn&apos;t connect to the internet at all.</source>
        <translation>Aquí está cifrado y nunca se envía a ningún sitio. Reflect no se conecta a internet en absoluto.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, nobody can reset it, not even Reflect. A recovery code is the only other way back in.</source>
        <translation>Si olvidas tu frase de contraseña, nadie puede restablecerla, ni siquiera Reflect. Un código de recuperación es la única otra forma de volver a entrar.</translation>
    </message>
    <message>
        <source>Make a &amp;recovery code now (recommended)</source>
        <translation>Crear un código de &amp;recuperación ahora (recomendado)</translation>
    </message>
    <message>
        <source>Make a recovery code now (recommended)</source>
        <translation>Crear un código de recuperación ahora (recomendado)</translation>
    </message>
    <message>
        <source>Right after your journal is created, you&apos;ll see a code to write down or print.</source>
        <translation>Justo después de crear tu diario, verás un código para anotarlo o imprimirlo.</translation>
    </message>
</context>
<context>
    <name>_MomentColumn</name>
    <message>
        <source>Press Enter to open a moment in its entry.</source>
        <translation>Pulsa Intro para abrir un momento en su entrada.</translation>
    </message>
    <message>
        <source>{name}: none yet</source>
        <translation>{name}: todavía ninguno</translation>
    </message>
</context>
<context>
    <name>_MomentRow</name>
    <message>
        <source>Add a note to this moment, if you like</source>
        <translation>Añade una nota a este momento, si quieres</translation>
    </message>
    <message>
        <source>Moment note</source>
        <translation>Nota del momento</translation>
    </message>
    <message>
        <source>Note for the {kind} moment</source>
        <translation>Nota del momento «{kind}»</translation>
    </message>
    <message>
        <source>Keep this {kind} moment out of every share</source>
        <translation>Deja este momento «{kind}» fuera de todo lo que compartes</translation>
    </message>
    <message>
        <source>Remove Moment</source>
        <translation>Quitar momento</translation>
    </message>
    <message>
        <source>Take the mark off these words (the words stay)</source>
        <translation>Quita la marca de estas palabras (las palabras se quedan)</translation>
    </message>
</context>
<context>
    <name>_RestoreFlow</name>
    <message>
        <source>Checking the backup…</source>
        <translation>Revisando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Journal Restored</source>
        <translation>Diario restaurado</translation>
    </message>
    <message>
        <source>{restored}

It didn&apos;t open right away: {reason}</source>
        <translation>{restored}

No se abrió enseguida: {reason}</translation>
    </message>
    <message>
        <source>Reflect didn&apos;t restore the backup. {reason}</source>
        <translation>Reflect no restauró la copia de seguridad. {reason}</translation>
    </message>
    <message>
        <source>Backup Not Restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry</source>
        <translation>Empieza una entrada nueva</translation>
    </message>
    <message>
        <source>New Entry from &amp;Prompt…</source>
        <translation>Nueva entrada desde una su&amp;gerencia…</translation>
    </message>
    <message>
        <source>Start a new entry with a reflection prompt</source>
        <translation>Empieza una entrada nueva con una sugerencia para reflexionar</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Borrar entrada…</translation>
    </message>
    <message>
        <source>Delete this entry (you can undo this until Reflect closes)</source>
        <translation>Borra esta entrada (puedes deshacerlo hasta que cierres Reflect)</translation>
    </message>
    <message>
        <source>Bring back the entry deleted last</source>
        <translation>Recupera la última entrada que borraste</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl, Day One, a Markdown folder or a Reflect export</source>
        <translation>Trae entradas de jrnl, Day One, una carpeta de Markdown o una exportación de Reflect</translation>
    </message>
    <message>
        <source>&amp;Export Journal…</source>
        <translation>&amp;Exportar diario…</translation>
    </message>
    <message>
        <source>Write every entry to files that are not encrypted (JSON or Markdown)</source>
        <translation>Escribe todas las entradas en archivos que no están cifrados (JSON o Markdown)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Copia de seguridad &amp;ahora…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of your whole journal in one file</source>
        <translation>Guarda una copia cifrada de todo tu diario en un solo archivo</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Bring your journal back from a backup file (your current journal is kept aside)</source>
        <translation>Recupera tu diario desde un archivo de copia de seguridad (tu diario actual se guarda aparte)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Momentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Des&amp;hacer el borrado</translation>
    </message>
    <message>
        <source>Ch&amp;ange Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this journal</source>
        <translation>Elige una frase de contraseña nueva para este diario</translation>
    </message>
    <message>
        <source>Re&amp;covery Code…</source>
        <translation>Código de re&amp;cuperación…</translation>
    </message>
    <message>
        <source>Make a recovery code: the only other way in if you forget your passphrase</source>
        <translation>Crea un código de recuperación: la única otra forma de entrar si olvidas tu frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Lock Journal</source>
        <translation>B&amp;loquear diario</translation>
    </message>
    <message>
        <source>Save, lock the journal and hide everything until the passphrase is given again</source>
        <translation>Guarda, bloquea el diario y oculta todo hasta que vuelvas a escribir la frase de contraseña</translation>
    </message>
    <message>
        <source>Lock and &amp;Hide</source>
        <translation>Bloquear y &amp;ocultar</translation>
    </message>
    <message>
        <source>Hide every window at once, then save and lock, without asking anything</source>
        <translation>Oculta todas las ventanas al instante y luego guarda y bloquea, sin preguntar nada</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Save, lock the journal and close Reflect</source>
        <translation>Guarda, bloquea el diario y cierra Reflect</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshace el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Vuelve a hacer lo que se deshizo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find entries by their words, tags or notes</source>
        <translation>Busca entradas por sus palabras, etiquetas o notas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Change how Reflect behaves</source>
        <translation>Cambia cómo funciona Reflect</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Título &amp;1</translation>
    </message>
    <message>
        <source>A large heading</source>
        <translation>Un título grande</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Título &amp;2</translation>
    </message>
    <message>
        <source>A medium heading</source>
        <translation>Un título mediano</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Título &amp;3</translation>
    </message>
    <message>
        <source>A small heading</source>
        <translation>Un título pequeño</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>A list with bullets</source>
        <translation>Una lista con viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>&amp;Lista numerada</translation>
    </message>
    <message>
        <source>A numbered list</source>
        <translation>Una lista numerada</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>C&amp;ita</translation>
    </message>
    <message>
        <source>Set these words apart as a quote</source>
        <translation>Destaca estas palabras como una cita</translation>
    </message>
    <message>
        <source>&amp;Plain Text</source>
        <translation>&amp;Texto normal</translation>
    </message>
    <message>
        <source>No heading, list or quote</source>
        <translation>Sin título, lista ni cita</translation>
    </message>
    <message>
        <source>Mark as &amp;Hope</source>
        <translation>Marcar como &amp;esperanza</translation>
    </message>
    <message>
        <source>Mark the selected words as a moment of hope</source>
        <translation>Marca las palabras seleccionadas como un momento de esperanza</translation>
    </message>
    <message>
        <source>Mark as &amp;Struggle</source>
        <translation>Marcar como &amp;lucha</translation>
    </message>
    <message>
        <source>Mark the selected words as a moment of struggle</source>
        <translation>Marca las palabras seleccionadas como un momento de lucha</translation>
    </message>
    <message>
        <source>&amp;Mark as…</source>
        <translation>&amp;Marcar como…</translation>
    </message>
    <message>
        <source>Mark the selected words with a tag of your own</source>
        <translation>Marca las palabras seleccionadas con una etiqueta tuya</translation>
    </message>
    <message>
        <source>&amp;Browse Moments</source>
        <translation>&amp;Ver todos los momentos</translation>
    </message>
    <message>
        <source>Every moment you have marked, with its words, to find and gather</source>
        <translation>Todos los momentos que has marcado, con sus palabras, para encontrarlos y reunirlos</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Perspectivas</translation>
    </message>
    <message>
        <source>Charts of your journey: moments, check-ins, days written and tags</source>
        <translation>Gráficos de tu camino: momentos, registros del día, días escritos y etiquetas</translation>
    </message>
    <message>
        <source>&amp;Look Back</source>
        <translation>&amp;Mirar atrás</translation>
    </message>
    <message>
        <source>This day in earlier years, and how far you&apos;ve come</source>
        <translation>Este día en años anteriores, y todo lo que has avanzado</translation>
    </message>
    <message>
        <source>&amp;Add to Share…</source>
        <translation>&amp;Añadir a un compartir…</translation>
    </message>
    <message>
        <source>Copy the selected words into a share you are preparing (the entry stays as it is)</source>
        <translation>Copia las palabras seleccionadas en un compartir que estás preparando (la entrada se queda como está)</translation>
    </message>
    <message>
        <source>Never Share</source>
        <translation>No compartir nunca</translation>
    </message>
    <message>
        <source>Keep this entry out of every share: its words can&apos;t be added or printed</source>
        <translation>Deja esta entrada fuera de todo lo que compartes: sus palabras no se pueden añadir ni imprimir</translation>
    </message>
    <message>
        <source>&amp;Prepare a Share…</source>
        <translation>&amp;Preparar un compartir…</translation>
    </message>
    <message>
        <source>Choose what to tell your group, protect the people in your story, time it and print it</source>
        <translation>Elige qué contarle a tu grupo, protege a las personas de tu historia, mide el tiempo e imprímelo</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>P&amp;ersonas…</translation>
    </message>
    <message>
        <source>The names in your story, and the words that stand for them when you share</source>
        <translation>Los nombres de tu historia, y las palabras que los sustituyen cuando compartes</translation>
    </message>
    <message>
        <source>&amp;What I&apos;ve Shared…</source>
        <translation>&amp;Lo que he compartido…</translation>
    </message>
    <message>
        <source>Every share you have printed or saved as a file, and when</source>
        <translation>Todo lo que has compartido impreso o guardado como archivo, y cuándo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key Reflect answers to, in one list</source>
        <translation>Todas las teclas a las que Reflect responde, en una sola lista</translation>
    </message>
    <message>
        <source>&amp;About Reflect</source>
        <translation>Acerca &amp;de Reflect</translation>
    </message>
    <message>
        <source>Reflect&apos;s version, its promise to you and the licences of its parts</source>
        <translation>La versión de Reflect, su promesa contigo y las licencias de sus partes</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>&amp;New Share…</source>
        <translation>Compartir &amp;nuevo…</translation>
    </message>
    <message>
        <source>Start a new share</source>
        <translation>Empieza un compartir nuevo</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Cambiar nom&amp;bre…</translation>
    </message>
    <message>
        <source>Give this share another name</source>
        <translation>Ponle otro nombre a este compartir</translation>
    </message>
    <message>
        <source>&amp;Delete Share…</source>
        <translation>Bo&amp;rrar compartir…</translation>
    </message>
    <message>
        <source>Delete this share (your journal stays exactly as it is)</source>
        <translation>Borra este compartir (tu diario se queda exactamente como está)</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Ensayar…</translation>
    </message>
    <message>
        <source>Practise reading this share aloud, in large type, with a gentle clock</source>
        <translation>Practica la lectura en voz alta de este compartir, con letra grande y un reloj tranquilo</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this share as a large-print PDF (the file is not encrypted)</source>
        <translation>Guarda este compartir como PDF con letra grande (el archivo no está cifrado)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save this share as a Markdown text file (the file is not encrypted)</source>
        <translation>Guarda este compartir como archivo de texto Markdown (el archivo no está cifrado)</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Copy this share, as it will be printed, to paste somewhere else</source>
        <translation>Copia este compartir, tal como se imprimirá, para pegarlo en otro sitio</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print this share</source>
        <translation>Imprime este compartir</translation>
    </message>
    <message>
        <source>What I&apos;ve S&amp;hared…</source>
        <translation>Lo que he &amp;compartido…</translation>
    </message>
    <message>
        <source>Each time you saved or printed a share</source>
        <translation>Cada vez que guardaste o imprimiste un compartir</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <source>Close this window (everything is saved)</source>
        <translation>Cierra esta ventana (todo queda guardado)</translation>
    </message>
    <message>
        <source>Add Your &amp;Own Words</source>
        <translation>Añadir tus &amp;propias palabras</translation>
    </message>
    <message>
        <source>Add some words of your own after the chosen part</source>
        <translation>Añade algunas palabras tuyas después de la parte elegida</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the chosen part earlier in the share</source>
        <translation>Mueve la parte elegida más arriba en el compartir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the chosen part later in the share</source>
        <translation>Mueve la parte elegida más abajo en el compartir</translation>
    </message>
    <message>
        <source>&amp;Remove from Share</source>
        <translation>&amp;Quitar del compartir</translation>
    </message>
    <message>
        <source>Take the chosen part out of this share (your journal is not touched)</source>
        <translation>Saca la parte elegida de este compartir (tu diario no se toca)</translation>
    </message>
</context>
<context>
    <name>add_to_share</name>
    <message>
        <source>Add to Share</source>
        <translation>Añadir a un compartir</translation>
    </message>
    <message>
        <source>Those words are no longer in your journal.</source>
        <translation>Esas palabras ya no están en tu diario.</translation>
    </message>
</context>
<context>
    <name>add_to_share_dialog</name>
    <message>
        <source>Which share would you like to add this passage to?</source>
        <translation>¿A qué compartir quieres añadir este pasaje?</translation>
    </message>
    <message>
        <source>Which share would you like to add these {count} passages to?</source>
        <translation>¿A qué compartir quieres añadir estos {count} pasajes?</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{name} ({parts})</source>
        <translation>{name} ({parts})</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 parte</translation>
    </message>
    <message>
        <source>{count} parts</source>
        <translation>{count} partes</translation>
    </message>
</context>
<context>
    <name>backup_actions</name>
    <message>
        <source>Reflect backups (*{suffix});;All files (*)</source>
        <translation>Copias de seguridad de Reflect (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save an Encrypted Backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Your journal is backed up to:
{file}

The backup stays encrypted. It opens only with your passphrase, the one you use now, so keep both safe. A copy on another drive keeps your writing safe even if this computer fails.</source>
        <translation>Tu diario tiene una copia de seguridad en:
{file}

La copia sigue cifrada. Solo se abre con tu frase de contraseña, la que usas ahora, así que guarda las dos en un lugar seguro. Una copia en otro disco mantiene a salvo lo que escribes aunque este equipo falle.</translation>
    </message>
    <message>
        <source>Backup Made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Reflect couldn&apos;t make the backup. {reason}</source>
        <translation>Reflect no pudo hacer la copia de seguridad. {reason}</translation>
    </message>
    <message>
        <source>Backup Not Made</source>
        <translation>Copia de seguridad no hecha</translation>
    </message>
    <message>
        <source>Backing up your journal…</source>
        <translation>Haciendo una copia de seguridad de tu diario…</translation>
    </message>
    <message>
        <source>Backup stopped. Nothing was written.</source>
        <translation>Copia de seguridad detenida. No se escribió nada.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is made.</source>
        <translation>La copia de seguridad automática de hoy está hecha.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup couldn&apos;t be made; writing works as usual. {reason}</source>
        <translation>No se pudo hacer la copia de seguridad automática de hoy; puedes escribir como siempre. {reason}</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Your journal is restored in {folder}. Every page of the backup was checked. It opens with the passphrase it had when the backup was made.</source>
        <translation>Tu diario está restaurado en {folder}. Se revisaron todas las páginas de la copia. Se abre con la frase de contraseña que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Your journal as it was before is kept in:
{folder}
It opens with its old passphrase. Once you&apos;re sure you don&apos;t need it, you can delete that folder.</source>
        <translation>Tu diario tal como estaba antes se guarda en:
{folder}
Se abre con su frase de contraseña anterior. Cuando tengas claro que ya no lo necesitas, puedes borrar esa carpeta.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Moments marked</source>
        <translation>Momentos marcados</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Struggle</source>
        <translation>Lucha</translation>
    </message>
    <message>
        <source>Average check-in</source>
        <translation>Promedio del registro del día</translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation>Entradas con la etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Entries that day</source>
        <translation>Entradas ese día</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>entry_details</name>
    <message>
        <source>Not saved as a tag: {reason}</source>
        <translation>No se guardó como etiqueta: {reason}</translation>
    </message>
</context>
<context>
    <name>entry_list_model</name>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>hope {count}</source>
        <translation>esperanza {count}</translation>
    </message>
    <message>
        <source>struggle {count}</source>
        <translation>lucha {count}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{file} isn&apos;t a Reflect backup, so there&apos;s nothing in it to restore. Nothing was changed.</source>
        <translation>{file} no es una copia de seguridad de Reflect, así que no hay nada que restaurar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged ({detail}), so it can&apos;t be restored. Nothing was changed; if you have another backup, try that one.</source>
        <translation>La copia de seguridad {file} está dañada ({detail}), así que no se puede restaurar. No se cambió nada; si tienes otra copia de seguridad, prueba con esa.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this backup. It needs the passphrase your journal had when the backup was made. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abrió esta copia de seguridad. Necesita la frase de contraseña que tenía tu diario cuando se hizo la copia. No se cambió nada.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Reflect (backup format {found}; this version understands up to {supported}). Please update Reflect to restore it; nothing was changed.</source>
        <translation>Esta copia de seguridad la hizo una versión más nueva de Reflect (formato de copia {found}; esta versión entiende hasta el {supported}). Actualiza Reflect para restaurarla; no se cambió nada.</translation>
    </message>
    <message>
        <source>its manifest can&apos;t be read</source>
        <translation>no se puede leer su manifiesto</translation>
    </message>
    <message>
        <source>The folder {folder} doesn&apos;t exist. Choose a folder that does.</source>
        <translation>La carpeta {folder} no existe. Elige una carpeta que sí exista.</translation>
    </message>
    <message>
        <source>{folder} is a folder. Name a file for the backup, like {example}.</source>
        <translation>{folder} es una carpeta. Ponle un nombre de archivo a la copia de seguridad, como {example}.</translation>
    </message>
    <message>
        <source>{file} already exists and isn&apos;t a Reflect backup, so Reflect won&apos;t write over it. Choose another name.</source>
        <translation>{file} ya existe y no es una copia de seguridad de Reflect, así que Reflect no la sobrescribirá. Elige otro nombre.</translation>
    </message>
    <message>
        <source>There&apos;s no file at {file}. Nothing was changed.</source>
        <translation>No hay ningún archivo en {file}. No se cambió nada.</translation>
    </message>
    <message>
        <source>it has been cut short or changed</source>
        <translation>quedó incompleta o fue modificada</translation>
    </message>
    <message>
        <source>its key file can&apos;t be read</source>
        <translation>no se puede leer su archivo de clave</translation>
    </message>
    <message>
        <source>its journal has been cut short</source>
        <translation>su diario quedó incompleto</translation>
    </message>
    <message>
        <source>its journal has been cut short or changed</source>
        <translation>su diario quedó incompleto o fue modificado</translation>
    </message>
    <message>
        <source>its {member} is missing</source>
        <translation>le falta {member}</translation>
    </message>
    <message>
        <source>its {member} is far too large</source>
        <translation>su {member} es demasiado grande</translation>
    </message>
    <message>
        <source>its {member} has been cut short or changed</source>
        <translation>su {member} quedó incompleto o fue modificado</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a Reflect key file</source>
        <translation>no es un archivo de clave de Reflect</translation>
    </message>
    <message>
        <source>its checksum doesn&apos;t match</source>
        <translation>su suma de comprobación no coincide</translation>
    </message>
    <message>
        <source>it holds an unusual number of keys</source>
        <translation>contiene un número inusual de claves</translation>
    </message>
    <message>
        <source>it holds no passphrase slot</source>
        <translation>no contiene ninguna ranura para la frase de contraseña</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>A tag needs at least one letter or number.</source>
        <translation>Una etiqueta necesita al menos una letra o un número.</translation>
    </message>
    <message>
        <source>A tag can be at most {length} characters long.</source>
        <translation>Una etiqueta puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>A tag can&apos;t contain control characters.</source>
        <translation>Una etiqueta no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A check-in is a number from 1 to 5, or none at all.</source>
        <translation>Un registro del día es un número del 1 al 5, o ninguno.</translation>
    </message>
    <message>
        <source>A prompt needs a few words.</source>
        <translation>Una pregunta necesita algunas palabras.</translation>
    </message>
    <message>
        <source>A prompt can be at most {length} characters long.</source>
        <translation>Una pregunta puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>A title can be at most {length} characters long.</source>
        <translation>Un título puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>A note can be at most {length} characters long.</source>
        <translation>Una nota puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>Formatting must cover some of the entry&apos;s text (got {start}–{end} in a text of {length} characters).</source>
        <translation>El formato debe abarcar parte del texto de la entrada (se recibió {start}–{end} en un texto de {length} caracteres).</translation>
    </message>
    <message>
        <source>A moment must cover some of the entry&apos;s text (got {start}–{end} in a text of {length} characters).</source>
        <translation>Un momento debe abarcar parte del texto de la entrada (se recibió {start}–{end} en un texto de {length} caracteres).</translation>
    </message>
    <message>
        <source>Please choose a date between the years {earliest} and {latest}.</source>
        <translation>Elige una fecha entre los años {earliest} y {latest}.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be text in quotes.</source>
        <translation>&apos;{field}&apos; debería ser texto entre comillas.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a whole number.</source>
        <translation>&apos;{field}&apos; debería ser un número entero.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a list.</source>
        <translation>&apos;{field}&apos; debería ser una lista.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be an ISO 8601 date and time, like 2026-03-14T21:30:00+01:00.</source>
        <translation>&apos;{field}&apos; debería ser una fecha y hora ISO 8601, como 2026-03-14T21:30:00+01:00.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is a date Reflect can&apos;t store.</source>
        <translation>&apos;{field}&apos; es una fecha que Reflect no puede guardar.</translation>
    </message>
    <message>
        <source>&apos;mood&apos; should be a number from 1 to 5, or null.</source>
        <translation>&apos;mood&apos; debería ser un número del 1 al 5, o null.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should have a start, an end and a style.</source>
        <translation>&apos;{field}&apos; debería tener un inicio, un final y un estilo.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; needs a style.</source>
        <translation>&apos;{field}&apos; necesita un estilo.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should have a kind, a start and an end.</source>
        <translation>&apos;{field}&apos; debería tener un tipo, un inicio y un final.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; marks words that are no longer in the entry&apos;s text.</source>
        <translation>&apos;{field}&apos; marca palabras que ya no están en el texto de la entrada.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Reflect (export format {version}; this version reads up to {supported}). Please update Reflect to import it.</source>
        <translation>lo escribió una versión más nueva de Reflect (formato de exportación {version}; esta versión lee hasta el {supported}). Actualiza Reflect para importarlo.</translation>
    </message>
    <message>
        <source>the {number}st entry</source>
        <translation>la entrada n.º {number}</translation>
    </message>
    <message>
        <source>the {number}nd entry</source>
        <translation>la entrada n.º {number}</translation>
    </message>
    <message>
        <source>the {number}rd entry</source>
        <translation>la entrada n.º {number}</translation>
    </message>
    <message>
        <source>the {number}th entry</source>
        <translation>la entrada n.º {number}</translation>
    </message>
    <message>
        <source>Formatting needs a style.</source>
        <translation>El formato necesita un estilo.</translation>
    </message>
    <message>
        <source>There&apos;s no journal in {folder} yet. You can create one with &apos;reflect init&apos;.</source>
        <translation>Todavía no hay ningún diario en {folder}. Puedes crear uno con &apos;reflect init&apos;.</translation>
    </message>
    <message>
        <source>There&apos;s already a journal in {folder}. Reflect won&apos;t overwrite it; choose another folder for a new journal.</source>
        <translation>Ya hay un diario en {folder}. Reflect no lo sobrescribirá; elige otra carpeta para un diario nuevo.</translation>
    </message>
    <message>
        <source>The folder {folder} already has other files in it. Choose a new or empty folder for your journal.</source>
        <translation>La carpeta {folder} ya tiene otros archivos. Elige una carpeta nueva o vacía para tu diario.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Please try again.</source>
        <translation>Esa frase de contraseña no abrió este diario. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file ({name}) is missing from {folder}, so the journal can&apos;t be opened. If you have a backup, restoring it will bring it back.</source>
        <translation>Falta el archivo de clave del diario ({name}) en {folder}, así que el diario no se puede abrir. Si tienes una copia de seguridad, al restaurarla volverá.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file ({path}) is damaged ({detail}), so the journal can&apos;t be opened. Nothing was changed; if you have a backup, you can restore it.</source>
        <translation>El archivo de clave del diario ({path}) está dañado ({detail}), así que el diario no se puede abrir. No se cambió nada; si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>The journal&apos;s data file ({name}) is missing from {folder}. Nothing was changed; if you have a backup, you can restore it.</source>
        <translation>Falta el archivo de datos del diario ({name}) en {folder}. No se cambió nada; si tienes una copia de seguridad, puedes restaurarla.</translation>
    </message>
    <message>
        <source>The journal&apos;s data file ({path}) is damaged ({detail}). Reflect left it exactly as it is. If you have a backup, you can restore it with Restore from Backup… in the File menu, or with &apos;reflect restore FILE --journal NEW_FOLDER&apos;.</source>
        <translation>El archivo de datos del diario ({path}) está dañado ({detail}). Reflect lo dejó exactamente como estaba. Si tienes una copia de seguridad, puedes restaurarla con Restaurar desde una copia de seguridad… en el menú Archivo, o con &apos;reflect restore ARCHIVO --journal CARPETA_NUEVA&apos;.</translation>
    </message>
    <message>
        <source>The journal&apos;s data file ({path}) is damaged ({detail}). Reflect left it exactly as it is. Your newest automatic backup is {backup}: you can restore it with Restore from Backup… in the File menu, or with &apos;reflect restore {backup} --journal NEW_FOLDER&apos;.</source>
        <translation>El archivo de datos del diario ({path}) está dañado ({detail}). Reflect lo dejó exactamente como estaba. Tu copia de seguridad automática más reciente es {backup}: puedes restaurarla con Restaurar desde una copia de seguridad… en el menú Archivo, o con &apos;reflect restore {backup} --journal CARPETA_NUEVA&apos;.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Reflect (format {found}; this version understands up to {supported}). Please update Reflect to open it; the journal was left untouched.</source>
        <translation>Este diario lo guardó una versión más nueva de Reflect (formato {found}; esta versión entiende hasta el {supported}). Actualiza Reflect para abrirlo; el diario quedó intacto.</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t have permission to change {path}. Check that the folder belongs to you and that you can write to it.</source>
        <translation>Reflect no tiene permiso para cambiar {path}. Comprueba que la carpeta sea tuya y que puedas escribir en ella.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough space on the disk to save this. Everything saved before is safe; free some space and Reflect will save again.</source>
        <translation>No hay suficiente espacio en el disco para guardar esto. Todo lo que se guardó antes está a salvo; libera algo de espacio y Reflect volverá a guardar.</translation>
    </message>
    <message>
        <source>The disk reported an error while Reflect was using {path}. Everything saved before is safe; check the disk, then try again.</source>
        <translation>El disco informó de un error mientras Reflect usaba {path}. Todo lo que se guardó antes está a salvo; revisa el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal is busy: another Reflect window or command is using it. Please try again in a moment.</source>
        <translation>El diario está ocupado: otra ventana u orden de Reflect lo está usando. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window or command. You can keep writing there, or close it there and try again here. Nothing was changed.</source>
        <translation>Este diario ya está abierto en otra ventana u orden de Reflect. Puedes seguir escribiendo allí, o cerrarlo allí y volver a intentarlo aquí. No se cambió nada.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>El diario está bloqueado. Desbloquéalo para seguir.</translation>
    </message>
    <message>
        <source>There&apos;s no entry number {number} in this journal.</source>
        <translation>No hay ninguna entrada número {number} en este diario.</translation>
    </message>
    <message>
        <source>The search was stopped for a newer one.</source>
        <translation>La búsqueda se detuvo por una más nueva.</translation>
    </message>
    <message>
        <source>There&apos;s no share called “{name}” in this journal.</source>
        <translation>No hay ningún compartir llamado «{name}» en este diario.</translation>
    </message>
    <message>
        <source>There&apos;s no share number {number} in this journal.</source>
        <translation>No hay ningún compartir número {number} en este diario.</translation>
    </message>
    <message>
        <source>That part of the share is no longer there.</source>
        <translation>Esa parte del compartir ya no está.</translation>
    </message>
    <message>
        <source>That person is no longer in your people list.</source>
        <translation>Esa persona ya no está en tu lista de personas.</translation>
    </message>
    <message>
        <source>You marked these words “Never Share”, so they stay in your journal and out of every share. If you change your mind, remove the mark first.</source>
        <translation>Marcaste estas palabras como «No compartir nunca», así que se quedan en tu diario y fuera de todo lo que compartes. Si cambias de opinión, quita primero la marca.</translation>
    </message>
    <message>
        <source>{path} is a folder. Please choose a file name for the export.</source>
        <translation>{path} es una carpeta. Elige un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <source>There&apos;s already a file at {path}. Reflect won&apos;t replace it; choose another name.</source>
        <translation>Ya hay un archivo en {path}. Reflect no lo reemplazará; elige otro nombre.</translation>
    </message>
    <message>
        <source>There&apos;s no folder {folder} to save the export in.</source>
        <translation>No existe la carpeta {folder} para guardar la exportación.</translation>
    </message>
    <message>
        <source>{folder} is a file. Please choose a folder for the export.</source>
        <translation>{folder} es un archivo. Elige una carpeta para la exportación.</translation>
    </message>
    <message>
        <source>The folder {folder} already has files in it. Choose a new or empty folder for the export, so nothing in it is mixed up or replaced.</source>
        <translation>La carpeta {folder} ya tiene archivos. Elige una carpeta nueva o vacía para la exportación, para que nada de lo que hay en ella se mezcle ni se reemplace.</translation>
    </message>
    <message>
        <source>Something else is already at {path}. Choose a new place for the export.</source>
        <translation>Ya hay otra cosa en {path}. Elige otro lugar para la exportación.</translation>
    </message>
    <message>
        <source>The folder {folder} got files in it during the export; nothing was written.</source>
        <translation>Aparecieron archivos en la carpeta {folder} durante la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>{path} can&apos;t hold a journal: part of that path is a file.</source>
        <translation>{path} no puede contener un diario: parte de esa ruta es un archivo.</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice</source>
        <translation>la clave &apos;{key}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the front matter starting here has no closing &apos;---&apos; line</source>
        <translation>el encabezado (front matter) que empieza aquí no tiene una línea &apos;---&apos; de cierre</translation>
    </message>
    <message>
        <source>indentation must be spaces, not tabs</source>
        <translation>la sangría debe hacerse con espacios, no con tabuladores</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; at the start of the line</source>
        <translation>se esperaba &apos;clave: valor&apos; al principio de la línea</translation>
    </message>
    <message>
        <source>this line doesn&apos;t fit the one above</source>
        <translation>esta línea no encaja con la de arriba</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the quoted key</source>
        <translation>se esperaba &apos;:&apos; después de la clave entre comillas</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation>se esperaba &apos;clave: valor&apos;</translation>
    </message>
    <message>
        <source>a key must be a plain word or a quoted string</source>
        <translation>una clave debe ser una palabra simple o un texto entre comillas</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t read YAML block text (&apos;|&apos; or &apos;&gt;&apos;); use quotes</source>
        <translation>Reflect no lee bloques de texto YAML (&apos;|&apos; o &apos;&gt;&apos;); usa comillas</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;, found a list item</source>
        <translation>se esperaba &apos;clave: valor&apos;, pero hay un elemento de lista</translation>
    </message>
    <message>
        <source>this line is indented more than expected</source>
        <translation>esta línea tiene más sangría de la esperada</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>hay texto inesperado después del valor</translation>
    </message>
    <message>
        <source>a &apos;[&apos; list isn&apos;t closed with &apos;]&apos; on the same line</source>
        <translation>una lista &apos;[&apos; no se cierra con &apos;]&apos; en la misma línea</translation>
    </message>
    <message>
        <source>a &apos;{&apos; mapping isn&apos;t closed with &apos;}&apos; on the same line</source>
        <translation>un mapa &apos;{&apos; no se cierra con &apos;}&apos; en la misma línea</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; inside &apos;{…}&apos;</source>
        <translation>se esperaba &apos;clave: valor&apos; dentro de &apos;{…}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;{closer}&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;{closer}&apos;</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t read this YAML; put the value in quotes</source>
        <translation>Reflect no lee este YAML; pon el valor entre comillas</translation>
    </message>
    <message>
        <source>a value holding &apos;: &apos; needs quotes</source>
        <translation>un valor que contiene &apos;: &apos; necesita comillas</translation>
    </message>
    <message>
        <source>a quoted value isn&apos;t closed on the same line</source>
        <translation>un valor entre comillas no se cierra en la misma línea</translation>
    </message>
    <message>
        <source>a quoted value has an escape (\…) YAML doesn&apos;t know</source>
        <translation>un valor entre comillas tiene un escape (\…) que YAML no conoce</translation>
    </message>
    <message>
        <source>a Day One JSON export</source>
        <translation>una exportación JSON de Day One</translation>
    </message>
    <message>
        <source>it holds a file named {name}, outside the export; Reflect won&apos;t read it.</source>
        <translation>contiene un archivo llamado {name}, fuera de la exportación; Reflect no lo leerá.</translation>
    </message>
    <message>
        <source>it isn&apos;t {what}: there&apos;s no .json file in it.</source>
        <translation>no es {what}: no contiene ningún archivo .json.</translation>
    </message>
    <message>
        <source>it is protected with a password.</source>
        <translation>está protegido con contraseña.</translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete.</source>
        <translation>el archivo zip está dañado o incompleto.</translation>
    </message>
    <message>
        <source>it is compressed in a way Reflect can&apos;t read.</source>
        <translation>está comprimido de una forma que Reflect no puede leer.</translation>
    </message>
    <message>
        <source>it couldn&apos;t be read ({why}).</source>
        <translation>no se pudo leer ({why}).</translation>
    </message>
    <message>
        <source>its JSON files unpack to more than {size}.</source>
        <translation>sus archivos JSON ocupan más de {size} al descomprimirlos.</translation>
    </message>
    <message>
        <source>isn&apos;t an entry (a JSON object with a uuid and a creationDate).</source>
        <translation>no es una entrada (un objeto JSON con un uuid y una creationDate).</translation>
    </message>
    <message>
        <source>has an empty &quot;uuid&quot;.</source>
        <translation>tiene un &quot;uuid&quot; vacío.</translation>
    </message>
    <message>
        <source>has a tag that isn&apos;t text.</source>
        <translation>tiene una etiqueta que no es texto.</translation>
    </message>
    <message>
        <source>has a tag Reflect can&apos;t keep: {error}</source>
        <translation>tiene una etiqueta que Reflect no puede guardar: {error}</translation>
    </message>
    <message>
        <source>has a &quot;creationDate&quot; Reflect doesn&apos;t understand ({stamp}).</source>
        <translation>tiene una &quot;creationDate&quot; que Reflect no entiende ({stamp}).</translation>
    </message>
    <message>
        <source>has a date Reflect can&apos;t keep: {error}</source>
        <translation>tiene una fecha que Reflect no puede guardar: {error}</translation>
    </message>
    <message>
        <source>it doesn&apos;t start with a jrnl entry; each entry starts with its date, like [2026-03-14 21:30] Title.</source>
        <translation>no empieza con una entrada de jrnl; cada entrada empieza con su fecha, como [2026-03-14 21:30] Título.</translation>
    </message>
    <message>
        <source>there are no jrnl entries in it; each entry starts with its date, like [2026-03-14 21:30] Title.</source>
        <translation>no contiene entradas de jrnl; cada entrada empieza con su fecha, como [2026-03-14 21:30] Título.</translation>
    </message>
    <message>
        <source>the date [{stamp}] isn&apos;t one Reflect understands; jrnl dates look like [2026-03-14 21:30] or [2026-03-14 09:30:00 PM].</source>
        <translation>Reflect no entiende la fecha [{stamp}]; las fechas de jrnl se ven así: [2026-03-14 21:30] o [2026-03-14 09:30:00 PM].</translation>
    </message>
    <message>
        <source>a jrnl JSON export</source>
        <translation>una exportación JSON de jrnl</translation>
    </message>
    <message>
        <source>isn&apos;t an entry (a JSON object with a date, time, title and body).</source>
        <translation>no es una entrada (un objeto JSON con fecha, hora, título y cuerpo).</translation>
    </message>
    <message>
        <source>has a date Reflect doesn&apos;t understand ({date}, {time}).</source>
        <translation>tiene una fecha que Reflect no entiende ({date}, {time}).</translation>
    </message>
    <message>
        <source>there&apos;s no file or folder there.</source>
        <translation>no hay ningún archivo ni carpeta ahí.</translation>
    </message>
    <message>
        <source>Reflect isn&apos;t allowed to read this folder.</source>
        <translation>Reflect no tiene permiso para leer esta carpeta.</translation>
    </message>
    <message>
        <source>in its front matter</source>
        <translation>en su encabezado (front matter)</translation>
    </message>
    <message>
        <source>its front matter can&apos;t be read: {reason}.</source>
        <translation>no se puede leer su encabezado (front matter): {reason}.</translation>
    </message>
    <message>
        <source>&apos;reflect&apos; should be the export&apos;s version, a whole number.</source>
        <translation>&apos;reflect&apos; debería ser la versión de la exportación, un número entero.</translation>
    </message>
    <message>
        <source>it has no date in its front matter or name, and no usable file date.</source>
        <translation>no tiene fecha en su encabezado ni en su nombre, y la fecha del archivo no sirve.</translation>
    </message>
    <message>
        <source>it is a folder; please choose a file.</source>
        <translation>es una carpeta; elige un archivo.</translation>
    </message>
    <message>
        <source>there&apos;s no file there any more.</source>
        <translation>ya no hay ningún archivo ahí.</translation>
    </message>
    <message>
        <source>Reflect isn&apos;t allowed to read it.</source>
        <translation>Reflect no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>it is larger than {size}, too large for a journal.</source>
        <translation>ocupa más de {size}, demasiado para un diario.</translation>
    </message>
    <message>
        <source>it isn&apos;t UTF-8 text (Reflect reads journals saved as UTF-8).</source>
        <translation>no es texto UTF-8 (Reflect lee diarios guardados como UTF-8).</translation>
    </message>
    <message>
        <source>it isn&apos;t valid JSON ({why}).</source>
        <translation>no es JSON válido ({why}).</translation>
    </message>
    <message>
        <source>its JSON is nested too deeply to read.</source>
        <translation>su JSON está anidado a demasiada profundidad para leerlo.</translation>
    </message>
    <message>
        <source>it isn&apos;t {what}: there&apos;s no list of entries in it.</source>
        <translation>no es {what}: no contiene ninguna lista de entradas.</translation>
    </message>
    <message>
        <source>entry {number} {reason}</source>
        <translation>la entrada {number} {reason}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>has no &quot;{name}&quot;.</source>
        <translation>no tiene &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>has a &quot;{name}&quot; that isn&apos;t {kind}.</source>
        <translation>tiene un &quot;{name}&quot; que no es {kind}.</translation>
    </message>
    <message>
        <source>it isn&apos;t a Reflect export (its &quot;format&quot; should be &quot;reflect-journal&quot;).</source>
        <translation>no es una exportación de Reflect (su &quot;format&quot; debería ser &quot;reflect-journal&quot;).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; should be a whole number, 1 or more.</source>
        <translation>su &quot;version&quot; debería ser un número entero, 1 o más.</translation>
    </message>
    <message>
        <source>it has no list of &quot;entries&quot;.</source>
        <translation>no tiene ninguna lista de &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import {path}: {reason} Nothing was imported.</source>
        <translation>Reflect no puede importar {path}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import {path}, line {line}: {reason} Nothing was imported.</source>
        <translation>Reflect no puede importar {path}, línea {line}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import entry {number} (dated {date}): {error} Nothing was imported.</source>
        <translation>Reflect no puede importar la entrada {number} (con fecha {date}): {error} No se importó nada.</translation>
    </message>
    <message>
        <source>it has no source key.</source>
        <translation>no tiene clave de origen.</translation>
    </message>
    <message>
        <source>its text holds a character that isn&apos;t valid Unicode.</source>
        <translation>su texto contiene un carácter que no es Unicode válido.</translation>
    </message>
    <message>
        <source>The first day of the period comes after the last one.</source>
        <translation>El primer día del periodo es posterior al último.</translation>
    </message>
    <message>
        <source>Please choose days between the years {earliest} and {latest}.</source>
        <translation>Elige días entre los años {earliest} y {latest}.</translation>
    </message>
    <message>
        <source>A period is at least one month long.</source>
        <translation>Un periodo dura al menos un mes.</translation>
    </message>
    <message>
        <source>Charts gather days by week or by month.</source>
        <translation>Los gráficos agrupan los días por semana o por mes.</translation>
    </message>
    <message>
        <source>Please choose a passphrase; it can&apos;t be empty.</source>
        <translation>Elige una frase de contraseña; no puede estar vacía.</translation>
    </message>
    <message>
        <source>Please choose one of the prompt themes.</source>
        <translation>Elige uno de los temas de preguntas.</translation>
    </message>
    <message>
        <source>That prompt isn&apos;t in the journal any more.</source>
        <translation>Esa pregunta ya no está en el diario.</translation>
    </message>
    <message>
        <source>That moment isn&apos;t in the journal any more.</source>
        <translation>Ese momento ya no está en el diario.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it has been cut short</source>
        <translation>quedó incompleto</translation>
    </message>
    <message>
        <source>A month is a year and a month number from 1 to 12.</source>
        <translation>Un mes es un año y un número de mes del 1 al 12.</translation>
    </message>
    <message>
        <source>To choose a new passphrase, type your current one first, or open the journal with its recovery code.</source>
        <translation>Para elegir una frase de contraseña nueva, escribe primero la actual, o abre el diario con su código de recuperación.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase; it can&apos;t be empty.</source>
        <translation>Elige una frase de contraseña nueva; no puede estar vacía.</translation>
    </message>
    <message>
        <source>There are no words there to add to a share.</source>
        <translation>Ahí no hay palabras para añadir a un compartir.</translation>
    </message>
    <message>
        <source>Please choose some words to add to the share.</source>
        <translation>Elige algunas palabras para añadir al compartir.</translation>
    </message>
    <message>
        <source>That rehearsal time doesn&apos;t look right, so it wasn&apos;t kept.</source>
        <translation>Esa duración del ensayo no parece correcta, así que no se guardó.</translation>
    </message>
    <message>
        <source>Those words are no longer in the entry; it may have changed. Please choose again.</source>
        <translation>Esas palabras ya no están en la entrada; puede que haya cambiado. Vuelve a elegirlas.</translation>
    </message>
    <message>
        <source>You already have a share called “{name}”. Please choose another name.</source>
        <translation>Ya tienes un compartir llamado «{name}». Elige otro nombre.</translation>
    </message>
    <message>
        <source>{name} is already in your people list.</source>
        <translation>{name} ya está en tu lista de personas.</translation>
    </message>
    <message>
        <source>The first date of the range comes after the last one.</source>
        <translation>La primera fecha del intervalo es posterior a la última.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open this journal. If you made a newer code since, only the newest one works.</source>
        <translation>Ese código de recuperación no abrió este diario. Si hiciste un código más nuevo después, solo funciona el más reciente.</translation>
    </message>
    <message>
        <source>This journal has no recovery code, so only its passphrase can open it. Nothing was changed.</source>
        <translation>Este diario no tiene código de recuperación, así que solo su frase de contraseña puede abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>A recovery code has only digits and the letters A to Z, without U; {character} isn&apos;t one of them. Please check what you typed.</source>
        <translation>Un código de recuperación solo tiene números y las letras de la A a la Z, sin la U; {character} no es una de ellas. Revisa lo que escribiste.</translation>
    </message>
    <message>
        <source>A recovery code has {length} letters and digits (seven groups of four); what you typed has {typed}. Please check it against your copy.</source>
        <translation>Un código de recuperación tiene {length} letras y números (siete grupos de cuatro); lo que escribiste tiene {typed}. Compáralo con tu copia.</translation>
    </message>
    <message>
        <source>That recovery code has a typo somewhere: its letters and digits don&apos;t add up. Please check each group against your copy.</source>
        <translation>Ese código de recuperación tiene algún error de escritura: sus letras y números no cuadran. Compara cada grupo con tu copia.</translation>
    </message>
    <message>
        <source>parts of its journal are missing or changed</source>
        <translation>faltan partes de su diario o fueron modificadas</translation>
    </message>
    <message>
        <source>its journal can&apos;t be decrypted or read</source>
        <translation>su diario no se puede descifrar ni leer</translation>
    </message>
    <message>
        <source>Please give the share a name, so you can find it again.</source>
        <translation>Ponle un nombre al compartir, para que puedas encontrarlo otra vez.</translation>
    </message>
    <message>
        <source>A share&apos;s name can be at most {length} characters.</source>
        <translation>El nombre de un compartir puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>A title can be at most {length} characters.</source>
        <translation>Un título puede tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>That passage is too long for one part of a share; please split it.</source>
        <translation>Ese pasaje es demasiado largo para una sola parte de un compartir; divídelo, por favor.</translation>
    </message>
    <message>
        <source>Please write the name as it appears in your journal.</source>
        <translation>Escribe el nombre tal como aparece en tu diario.</translation>
    </message>
    <message>
        <source>Please choose how {name} should be called when you share, for example “my sister” or “a friend”.</source>
        <translation>Elige cómo llamar a {name} cuando compartas, por ejemplo «mi hermana» o «una amiga».</translation>
    </message>
    <message>
        <source>Names and aliases can be at most {length} characters.</source>
        <translation>Los nombres y alias pueden tener como máximo {length} caracteres.</translation>
    </message>
    <message>
        <source>A speaking rate between {lowest} and {highest} words a minute, please.</source>
        <translation>Un ritmo de lectura entre {lowest} y {highest} palabras por minuto, por favor.</translation>
    </message>
    <message>
        <source>A time slot between 1 minute and 4 hours, please.</source>
        <translation>Un tiempo entre 1 minuto y 4 horas, por favor.</translation>
    </message>
    <message>
        <source>A print size between {lowest} and {highest} points, please.</source>
        <translation>Un tamaño de letra entre {lowest} y {highest} puntos, por favor.</translation>
    </message>
    <message>
        <source>The page size must be one of: {sizes}.</source>
        <translation>El tamaño de página debe ser uno de estos: {sizes}.</translation>
    </message>
    <message>
        <source>The text contains a character Reflect can&apos;t store (NUL).</source>
        <translation>El texto contiene un carácter que Reflect no puede guardar (NUL).</translation>
    </message>
    <message>
        <source>Reflect could not keep temporary data in memory; refusing to open.</source>
        <translation>Reflect no pudo mantener los datos temporales en memoria; no abrirá el diario.</translation>
    </message>
    <message>
        <source>it can&apos;t be decrypted with this journal&apos;s key</source>
        <translation>no se puede descifrar con la clave de este diario</translation>
    </message>
    <message>
        <source>parts of it are missing or changed</source>
        <translation>faltan partes o fueron modificadas</translation>
    </message>
    <message>
        <source>Reflect couldn&apos;t finish that ({message}). Everything saved before is safe.</source>
        <translation>Reflect no pudo terminar eso ({message}). Todo lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>it holds no journal data</source>
        <translation>no contiene datos de un diario</translation>
    </message>
    <message>
        <source>{path} can&apos;t be the name of a file: it holds a character no file name can have. Please choose another name.</source>
        <translation>{path} no puede ser el nombre de un archivo: tiene un carácter que ningún nombre de archivo puede llevar. Elige otro nombre, por favor.</translation>
    </message>
    <message>
        <source>The name {name} is too long for a file. Please choose a shorter one.</source>
        <translation>El nombre {name} es demasiado largo para un archivo. Elige uno más corto, por favor.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export Journal as JSON</source>
        <translation>Exportar el diario como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation>Elige una carpeta para los archivos Markdown</translation>
    </message>
    <message>
        <source>Exporting your journal…</source>
        <translation>Exportando tu diario…</translation>
    </message>
    <message>
        <source>Your journal is exported: 1 entry, in {path}. These files are not encrypted, so keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>Tu diario está exportado: 1 entrada, en {path}. Estos archivos no están cifrados, así que guárdalos en un lugar seguro y bórralos cuando ya no los necesites.</translation>
    </message>
    <message>
        <source>Your journal is exported: {count} entries, in {path}. These files are not encrypted, so keep them somewhere safe, and delete them when you no longer need them.</source>
        <translation>Tu diario está exportado: {count} entradas, en {path}. Estos archivos no están cifrados, así que guárdalos en un lugar seguro y bórralos cuando ya no los necesites.</translation>
    </message>
    <message>
        <source>Journal Exported</source>
        <translation>Diario exportado</translation>
    </message>
    <message>
        <source>Journal Not Exported</source>
        <translation>Diario no exportado</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>What is it like for you right now? A few words are enough, and there&apos;s no wrong way to begin.</source>
        <translation>¿Cómo es todo para ti ahora mismo? Unas pocas palabras bastan, y no hay una forma equivocada de empezar.</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>jrnl (text or JSON)</source>
        <translation>jrnl (texto o JSON)</translation>
    </message>
    <message>
        <source>Day One export (.zip or .json)</source>
        <translation>Exportación de Day One (.zip o .json)</translation>
    </message>
    <message>
        <source>Markdown or text files (a folder)</source>
        <translation>Archivos Markdown o de texto (una carpeta)</translation>
    </message>
    <message>
        <source>Reflect export (.json)</source>
        <translation>Exportación de Reflect (.json)</translation>
    </message>
    <message>
        <source>jrnl journals (*.txt *.json *.jrnl);;All files (*)</source>
        <translation>Diarios de jrnl (*.txt *.json *.jrnl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Day One exports (*.zip *.json);;All files (*)</source>
        <translation>Exportaciones de Day One (*.zip *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reflect exports (*.json);;All files (*)</source>
        <translation>Exportaciones de Reflect (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There are no entries in {file}, so there&apos;s nothing to import.</source>
        <translation>No hay entradas en {file}, así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>All of them are already in your journal, so there&apos;s nothing new.</source>
        <translation>Todas ya están en tu diario, así que no hay nada nuevo.</translation>
    </message>
    <message>
        <source>1 was already in your journal; it&apos;ll be skipped.</source>
        <translation>1 ya estaba en tu diario; se va a omitir.</translation>
    </message>
    <message>
        <source>{count} were already in your journal; they&apos;ll be skipped.</source>
        <translation>{count} ya estaban en tu diario; se van a omitir.</translation>
    </message>
    <message>
        <source>Nothing is added until you choose Import, and you can stop at any time.</source>
        <translation>No se añade nada hasta que elijas Importar, y puedes detenerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>{file} holds {count} entries, written between {first} and {last}.</source>
        <translation>{file} tiene {count} entradas, escritas entre el {first} y el {last}.</translation>
    </message>
    <message>
        <source>{file} holds 1 entry, written on {first}.</source>
        <translation>{file} tiene 1 entrada, escrita el {first}.</translation>
    </message>
    <message>
        <source>{file} holds {count} entries, written on {first}.</source>
        <translation>{file} tiene {count} entradas, escritas el {first}.</translation>
    </message>
    <message>
        <source>{tag} ({count})</source>
        <translation>{tag} ({count})</translation>
    </message>
    <message>
        <source>Tags: {tags} and {count} more.</source>
        <translation>Etiquetas: {tags} y {count} más.</translation>
    </message>
    <message>
        <source>Tags: {tags}.</source>
        <translation>Etiquetas: {tags}.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>There were no entries to import.</source>
        <translation>No había entradas que importar.</translation>
    </message>
    <message>
        <source>Nothing new to import: the entry was already in your journal.</source>
        <translation>No hay nada nuevo que importar: la entrada ya estaba en tu diario.</translation>
    </message>
    <message>
        <source>Nothing new to import: all {count} entries were already in your journal.</source>
        <translation>No hay nada nuevo que importar: las {count} entradas ya estaban en tu diario.</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>Imported {added}.</source>
        <translation>Se importaron {added}.</translation>
    </message>
    <message>
        <source>{count} was already in your journal</source>
        <translation>{count} ya estaba en tu diario</translation>
    </message>
    <message>
        <source>{count} were already in your journal</source>
        <translation>{count} ya estaban en tu diario</translation>
    </message>
    <message>
        <source>Imported {added} ({already}).</source>
        <translation>Se importaron {added} ({already}).</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>very heavy</source>
        <translation>muy pesado</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>pesado</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>más ligero</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ligero</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>Moments of hope and struggle, by week</source>
        <translation>Momentos de esperanza y de lucha, por semana</translation>
    </message>
    <message>
        <source>Moments of hope and struggle, by month</source>
        <translation>Momentos de esperanza y de lucha, por mes</translation>
    </message>
    <message>
        <source>How the days felt: check-ins by week</source>
        <translation>Cómo se sintieron los días: registros del día por semana</translation>
    </message>
    <message>
        <source>How the days felt: check-ins by month</source>
        <translation>Cómo se sintieron los días: registros del día por mes</translation>
    </message>
    <message>
        <source>Days you wrote</source>
        <translation>Días en que escribiste</translation>
    </message>
    <message>
        <source>Tags you used most</source>
        <translation>Las etiquetas que más usaste</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Struggle</source>
        <translation>Lucha</translation>
    </message>
    <message>
        <source>Average check-in</source>
        <translation>Registro del día promedio</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros del día</translation>
    </message>
    <message>
        <source>Days written</source>
        <translation>Días escritos</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>No check-ins</source>
        <translation>Sin registros del día</translation>
    </message>
    <message>
        <source>{mood} ({words})</source>
        <translation>{mood} ({words})</translation>
    </message>
    <message>
        <source>{count} moment</source>
        <translation>{count} momento</translation>
    </message>
    <message>
        <source>{count} moments</source>
        <translation>{count} momentos</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>No moments marked in this period yet. When you mark words in an entry as hope or struggle, they are counted here.</source>
        <translation>Todavía no hay momentos marcados en este periodo. Cuando marques palabras de una entrada como esperanza o lucha, se contarán aquí.</translation>
    </message>
    <message>
        <source>From {start} to {end} you marked {hope} of hope and {struggle} of struggle. Both are part of your story.</source>
        <translation>Del {start} al {end} marcaste {hope} de esperanza y {struggle} de lucha. Los dos son parte de tu historia.</translation>
    </message>
    <message>
        <source>From {start} to {end} you marked {hope} of hope and {struggle} of struggle. Most moments of hope: {most} ({most_hope}). Both are part of your story.</source>
        <translation>Del {start} al {end} marcaste {hope} de esperanza y {struggle} de lucha. Con más momentos de esperanza: {most} ({most_hope}). Los dos son parte de tu historia.</translation>
    </message>
    <message>
        <source>No check-ins in this period. Check-ins are optional; when you add one to an entry, it shows here.</source>
        <translation>No hay registros del día en este periodo. Son opcionales; cuando agregues uno a una entrada, aparecerá aquí.</translation>
    </message>
    <message>
        <source>From {start} to {end} you added a check-in to {entries}. On average they were {average}, where 1 is very heavy and 5 is light. A week without a check-in leaves a gap in the line.</source>
        <translation>Del {start} al {end} agregaste un registro del día a {entries}. En promedio fueron {average}, donde 1 es muy pesado y 5 es ligero. Una semana sin registro del día deja un hueco en la línea.</translation>
    </message>
    <message>
        <source>From {start} to {end} you added a check-in to {entries}. On average they were {average}, where 1 is very heavy and 5 is light. A month without a check-in leaves a gap in the line.</source>
        <translation>Del {start} al {end} agregaste un registro del día a {entries}. En promedio fueron {average}, donde 1 es muy pesado y 5 es ligero. Un mes sin registro del día deja un hueco en la línea.</translation>
    </message>
    <message>
        <source>No entries in this period yet. Whenever you write, the day shows here.</source>
        <translation>Todavía no hay entradas en este periodo. Cada vez que escribas, el día aparecerá aquí.</translation>
    </message>
    <message>
        <source>You wrote on {days} from {start} to {end}, {entries} in all. Each square is a day; the stronger its colour, the more you wrote that day.</source>
        <translation>Escribiste {days} del {start} al {end}, {entries} en total. Cada cuadro es un día; cuanto más intenso su color, más escribiste ese día.</translation>
    </message>
    <message>
        <source>No tags in this period yet. Tags you add to entries are counted here.</source>
        <translation>Todavía no hay etiquetas en este periodo. Las etiquetas que agregues a tus entradas se cuentan aquí.</translation>
    </message>
    <message>
        <source>{tag} ({entries})</source>
        <translation>{tag} ({entries})</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>The tags you used most from {start} to {end}: {tags}.</source>
        <translation>Las etiquetas que más usaste del {start} al {end}: {tags}.</translation>
    </message>
    <message>
        <source>{list}, {next}</source>
        <translation>{list}, {next}</translation>
    </message>
</context>
<context>
    <name>localized</name>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy &apos;a las&apos; HH:mm</translation>
    </message>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dd MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>look_back</name>
    <message>
        <source>A year ago today · {year}</source>
        <translation>Hoy hace un año · {year}</translation>
    </message>
    <message>
        <source>A year ago · {year}</source>
        <translation>Hace un año · {year}</translation>
    </message>
    <message>
        <source>{count} years ago today · {year}</source>
        <translation>Hoy hace {count} años · {year}</translation>
    </message>
    <message>
        <source>{count} years ago · {year}</source>
        <translation>Hace {count} años · {year}</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>{date}: {words}</source>
        <translation>{date}: {words}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <source>Its words and moments will be removed from your journal. Until you lock or close Reflect, File → Undo Delete brings it back.</source>
        <translation>Sus palabras y momentos se quitarán de tu diario. Hasta que bloquees o cierres Reflect, Archivo → Deshacer el borrado la recupera.</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Borrar entrada</translation>
    </message>
    <message>
        <source>Reflect couldn&apos;t save your latest words.</source>
        <translation>Reflect no pudo guardar tus últimas palabras.</translation>
    </message>
    <message>
        <source>{reason}

If you close now, they will be lost.</source>
        <translation>{reason}

Si cierras ahora, se perderán.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>moment_list_model</name>
    <message>
        <source>{date}, {kind}: {passage}. In context: {context}.</source>
        <translation>{date}, {kind}: {passage}. En contexto: {context}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
</context>
<context>
    <name>moment_panel</name>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Struggle</source>
        <translation>Lucha</translation>
    </message>
</context>
<context>
    <name>moments_browser</name>
    <message>
        <source>1 moment</source>
        <translation>1 momento</translation>
    </message>
    <message>
        <source>{count} moments</source>
        <translation>{count} momentos</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 seleccionado</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
</context>
<context>
    <name>month_filter</name>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>{month}, 1 entry</source>
        <translation>{month}, 1 entrada</translation>
    </message>
    <message>
        <source>{month}, {count} entries</source>
        <translation>{month}, {count} entradas</translation>
    </message>
</context>
<context>
    <name>never_share</name>
    <message>
        <source>Never Share</source>
        <translation>No compartir nunca</translation>
    </message>
    <message>
        <source>Never Share: this entry stays out of every share</source>
        <translation>No compartir nunca: esta entrada se queda fuera de todo lo que compartes</translation>
    </message>
    <message>
        <source>Its words can&apos;t be added to a share, and any already in one are left out when you print or save it.</source>
        <translation>Sus palabras no se pueden añadir a un compartir, y las que ya estén en uno se quedan fuera cuando lo imprimes o lo guardas.</translation>
    </message>
    <message>
        <source>Keep this moment out of every share (its words stay in your journal)</source>
        <translation>Deja este momento fuera de todo lo que compartes (sus palabras se quedan en tu diario)</translation>
    </message>
    <message>
        <source>The whole entry is marked Never Share, so this moment is too</source>
        <translation>Toda la entrada está marcada como «No compartir nunca», así que este momento también</translation>
    </message>
    <message>
        <source>Marked Never Share: stays out of every share</source>
        <translation>Marcado como «No compartir nunca»: se queda fuera de todo lo que compartes</translation>
    </message>
</context>
<context>
    <name>passphrase_dialogs</name>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirma la frase de contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frase de contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <source>Please choose a new passphrase; it can&apos;t be empty.</source>
        <translation>Elige una frase de contraseña nueva, por favor; no puede estar vacía.</translation>
    </message>
    <message>
        <source>The two new passphrases don&apos;t match yet. Please type them again.</source>
        <translation>Las dos frases de contraseña nuevas todavía no coinciden. Escríbelas otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>people_dialog</name>
    <message>
        <source>{name}, called {alias} when shared; also written {forms}</source>
        <translation>{name}, se llama {alias} al compartir; también se escribe {forms}</translation>
    </message>
    <message>
        <source>{name}, called {alias} when shared</source>
        <translation>{name}, se llama {alias} al compartir</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Copying your journal…</source>
        <translation>Copiando tu diario…</translation>
    </message>
    <message>
        <source>Writing the backup file…</source>
        <translation>Escribiendo el archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>Unpacking the backup…</source>
        <translation>Desempaquetando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Writing your entries…</source>
        <translation>Escribiendo tus entradas…</translation>
    </message>
    <message>
        <source>Importing your entries…</source>
        <translation>Importando tus entradas…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Checking every page of the backup…</source>
        <translation>Comprobando cada página de la copia de seguridad…</translation>
    </message>
    <message>
        <source>Opening the restored journal…</source>
        <translation>Abriendo el diario restaurado…</translation>
    </message>
</context>
<context>
    <name>progress_runner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
</context>
<context>
    <name>prompt themes</name>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Struggle</source>
        <translation>Lucha</translation>
    </message>
    <message>
        <source>What helped today</source>
        <translation>Lo que me ayudó hoy</translation>
    </message>
    <message>
        <source>People who support me</source>
        <translation>Las personas que me apoyan</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>What it was like, what happened, what it&apos;s like now</source>
        <translation>Cómo era, qué pasó, cómo es ahora</translation>
    </message>
    <message>
        <source>A moment I want to remember</source>
        <translation>Un momento que quiero recordar</translation>
    </message>
    <message>
        <source>Something I&apos;d tell someone just starting</source>
        <translation>Algo que le diría a quien está empezando</translation>
    </message>
    <message>
        <source>Preparing to share</source>
        <translation>Prepararme para compartir</translation>
    </message>
    <message>
        <source>Taking care of myself</source>
        <translation>Cuidarme</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>If you&apos;d like, write about something that gave you a little hope today.</source>
        <translation>Si quieres, escribe sobre algo que hoy te dio un poco de esperanza.</translation>
    </message>
    <message>
        <source>What is one thing that feels possible now that didn&apos;t a while ago?</source>
        <translation>¿Qué es algo que ahora te parece posible y hace un tiempo no?</translation>
    </message>
    <message>
        <source>Think of a moment, however small, when things felt lighter. What was happening?</source>
        <translation>Piensa en un momento, por pequeño que sea, en que las cosas se sintieron más ligeras. ¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>What would you like the coming week to hold for you?</source>
        <translation>¿Qué te gustaría que te trajera la semana que viene?</translation>
    </message>
    <message>
        <source>Is there a change in yourself you&apos;ve noticed lately, even a small one?</source>
        <translation>¿Has notado algún cambio en ti últimamente, aunque sea pequeño?</translation>
    </message>
    <message>
        <source>If today was hard, you can write about it here. What made it hard?</source>
        <translation>Si hoy fue un día difícil, puedes escribir sobre eso aquí. ¿Qué lo hizo difícil?</translation>
    </message>
    <message>
        <source>What is weighing on you right now? There&apos;s no wrong way to put it.</source>
        <translation>¿Qué te pesa ahora mismo? No hay una forma equivocada de decirlo.</translation>
    </message>
    <message>
        <source>When things got difficult, what did you notice in your body or your thoughts?</source>
        <translation>Cuando las cosas se pusieron difíciles, ¿qué notaste en tu cuerpo o en tus pensamientos?</translation>
    </message>
    <message>
        <source>What is something you&apos;re carrying that you&apos;d like to set down, even for a moment?</source>
        <translation>¿Qué cargas que te gustaría dejar a un lado, aunque sea un momento?</translation>
    </message>
    <message>
        <source>Hard days are part of the story. What would you like to remember about this one?</source>
        <translation>Los días difíciles también son parte de la historia. ¿Qué te gustaría recordar de este?</translation>
    </message>
    <message>
        <source>What is one thing that helped today, even a little?</source>
        <translation>¿Qué es algo que te ayudó hoy, aunque sea un poco?</translation>
    </message>
    <message>
        <source>Who or what made a difference for you today?</source>
        <translation>¿Quién o qué marcó una diferencia para ti hoy?</translation>
    </message>
    <message>
        <source>Was there a moment when you took care of yourself? What did you do?</source>
        <translation>¿Hubo un momento en que te cuidaste? ¿Qué hiciste?</translation>
    </message>
    <message>
        <source>What got you through the hardest part of today?</source>
        <translation>¿Qué te ayudó a pasar la parte más difícil de hoy?</translation>
    </message>
    <message>
        <source>Who is someone you can turn to? What is it about them that helps?</source>
        <translation>¿A quién puedes acudir? ¿Qué tiene esa persona que te ayuda?</translation>
    </message>
    <message>
        <source>If you&apos;d like, write about a conversation that stayed with you.</source>
        <translation>Si quieres, escribe sobre una conversación que se te quedó grabada.</translation>
    </message>
    <message>
        <source>Is there someone you&apos;d like to thank? What would you tell them?</source>
        <translation>¿Hay alguien a quien te gustaría dar las gracias? ¿Qué le dirías?</translation>
    </message>
    <message>
        <source>Who has believed in you, maybe before you believed in yourself?</source>
        <translation>¿Quién ha creído en ti, quizá antes de que tú creyeras en ti?</translation>
    </message>
    <message>
        <source>Where do you feel safe to be yourself?</source>
        <translation>¿Dónde te sientes a salvo para ser tú?</translation>
    </message>
    <message>
        <source>What helps you trust someone? What helps you trust yourself?</source>
        <translation>¿Qué te ayuda a confiar en alguien? ¿Qué te ayuda a confiar en ti?</translation>
    </message>
    <message>
        <source>If you&apos;d like, write about a time someone kept your confidence.</source>
        <translation>Si quieres, escribe sobre una vez en que alguien guardó lo que le confiaste.</translation>
    </message>
    <message>
        <source>What is one promise to yourself you&apos;ve kept lately?</source>
        <translation>¿Qué promesa que te hiciste has cumplido últimamente?</translation>
    </message>
    <message>
        <source>What are three small things you&apos;re glad about today?</source>
        <translation>¿Cuáles son tres cosas pequeñas que hoy te alegran?</translation>
    </message>
    <message>
        <source>What is something ordinary that you appreciated today?</source>
        <translation>¿Qué es algo cotidiano que apreciaste hoy?</translation>
    </message>
    <message>
        <source>Is there a part of your life that feels steadier than it used to?</source>
        <translation>¿Hay alguna parte de tu vida que se siente más estable que antes?</translation>
    </message>
    <message>
        <source>What made you smile recently, even briefly?</source>
        <translation>¿Qué te hizo sonreír hace poco, aunque fuera un instante?</translation>
    </message>
    <message>
        <source>If you&apos;d like, write about what things were like before.</source>
        <translation>Si quieres, escribe sobre cómo eran las cosas antes.</translation>
    </message>
    <message>
        <source>What happened that started to change things for you?</source>
        <translation>¿Qué pasó que empezó a cambiar las cosas para ti?</translation>
    </message>
    <message>
        <source>What is life like for you now, in small everyday ways?</source>
        <translation>¿Cómo es tu vida ahora, en las pequeñas cosas de cada día?</translation>
    </message>
    <message>
        <source>Looking back, what is one turning point you remember clearly?</source>
        <translation>Mirando atrás, ¿qué momento decisivo recuerdas con claridad?</translation>
    </message>
    <message>
        <source>Is there a moment from today you&apos;d like to keep? Describe it as you remember it.</source>
        <translation>¿Hay algún momento de hoy que te gustaría guardar? Descríbelo tal como lo recuerdas.</translation>
    </message>
    <message>
        <source>What did you see, hear or feel in a moment that mattered to you?</source>
        <translation>¿Qué viste, oíste o sentiste en un momento que fue importante para ti?</translation>
    </message>
    <message>
        <source>Write about a moment you&apos;re quietly proud of.</source>
        <translation>Escribe sobre un momento que, en silencio, te llena de orgullo.</translation>
    </message>
    <message>
        <source>If you could say one thing to someone on their first day, what would it be?</source>
        <translation>Si pudieras decirle una sola cosa a alguien en su primer día, ¿qué le dirías?</translation>
    </message>
    <message>
        <source>What do you know now that you wish you&apos;d known at the beginning?</source>
        <translation>¿Qué sabes ahora que te habría gustado saber al principio?</translation>
    </message>
    <message>
        <source>What would you want someone just starting to know about the hard days?</source>
        <translation>¿Qué te gustaría que supiera sobre los días difíciles alguien que está empezando?</translation>
    </message>
    <message>
        <source>What helped you keep going early on?</source>
        <translation>¿Qué te ayudó a seguir adelante al principio?</translation>
    </message>
    <message>
        <source>Is there part of your story you might like to share in your group? What draws you to it?</source>
        <translation>¿Hay alguna parte de tu historia que te gustaría compartir en tu grupo? ¿Qué te atrae de ella?</translation>
    </message>
    <message>
        <source>What would you like your listeners to take away, if anything?</source>
        <translation>¿Qué te gustaría que se llevaran quienes te escuchan, si es que algo?</translation>
    </message>
    <message>
        <source>Is there anything you&apos;d rather keep to yourself for now? That&apos;s your choice.</source>
        <translation>¿Hay algo que prefieras guardarte por ahora? Es tu decisión.</translation>
    </message>
    <message>
        <source>How would you like to feel after you share?</source>
        <translation>¿Cómo te gustaría sentirte después de compartir?</translation>
    </message>
    <message>
        <source>What is one kind thing you could do for yourself today?</source>
        <translation>¿Qué es algo amable que podrías hacer hoy por ti?</translation>
    </message>
    <message>
        <source>How are you sleeping, eating, resting? Whatever the answer, it&apos;s okay to write it down.</source>
        <translation>¿Cómo estás durmiendo, comiendo, descansando? Sea cual sea la respuesta, está bien escribirla.</translation>
    </message>
    <message>
        <source>What does rest look like for you right now?</source>
        <translation>¿Cómo se ve el descanso para ti ahora mismo?</translation>
    </message>
    <message>
        <source>What do you need more of this week? What do you need less of?</source>
        <translation>¿De qué necesitas más esta semana? ¿Y de qué necesitas menos?</translation>
    </message>
</context>
<context>
    <name>qt_parts</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>reading_time</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Nothing to read aloud yet — you have {slot}.</source>
        <translation>Todavía no hay nada que leer en voz alta; tienes {slot}.</translation>
    </message>
    <message>
        <source>About {length} to read aloud — right on your {slot}.</source>
        <translation>Leerlo en voz alta lleva unos {length}: justo el tiempo que tienes ({slot}).</translation>
    </message>
    <message>
        <source>About {length} to read aloud — {difference} over your {slot}.</source>
        <translation>Leerlo en voz alta lleva unos {length}: {difference} más que el tiempo que tienes ({slot}).</translation>
    </message>
    <message>
        <source>About {length} to read aloud — {difference} under your {slot}.</source>
        <translation>Leerlo en voz alta lleva unos {length}: {difference} menos que el tiempo que tienes ({slot}).</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} hora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
</context>
<context>
    <name>recovery_code_dialog</name>
    <message>
        <source>Reflect recovery code</source>
        <translation>Código de recuperación de Reflect</translation>
    </message>
    <message>
        <source>Made on {date}. A newer code replaces this one.</source>
        <translation>Creado el {date}. Un código más nuevo sustituye a este.</translation>
    </message>
    <message>
        <source>For the journal in: {folder}</source>
        <translation>Para el diario que está en: {folder}</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
</context>
<context>
    <name>redaction</name>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>una dirección de correo</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>un sitio web</translation>
    </message>
    <message>
        <source>a place nearby</source>
        <translation>un lugar cercano</translation>
    </message>
    <message>
        <source>a street nearby</source>
        <translation>una calle cercana</translation>
    </message>
</context>
<context>
    <name>redaction_dates</name>
    <message>
        <source>one day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>in the first few days</source>
        <translation>en los primeros días</translation>
    </message>
    <message>
        <source>a few days before</source>
        <translation>unos días antes</translation>
    </message>
    <message>
        <source>about {span} in</source>
        <translation>alrededor de {span} después</translation>
    </message>
    <message>
        <source>about {span} before</source>
        <translation>alrededor de {span} antes</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>{number} weeks</source>
        <translation>{number} semanas</translation>
    </message>
    <message>
        <source>{number} months</source>
        <translation>{number} meses</translation>
    </message>
    <message>
        <source>{number} years</source>
        <translation>{number} años</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>siete</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>ocho</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nueve</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>diez</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>once</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>doce</translation>
    </message>
    <message>
        <source>thirteen</source>
        <translation>trece</translation>
    </message>
    <message>
        <source>fourteen</source>
        <translation>catorce</translation>
    </message>
    <message>
        <source>fifteen</source>
        <translation>quince</translation>
    </message>
    <message>
        <source>sixteen</source>
        <translation>dieciséis</translation>
    </message>
    <message>
        <source>seventeen</source>
        <translation>diecisiete</translation>
    </message>
    <message>
        <source>eighteen</source>
        <translation>dieciocho</translation>
    </message>
    <message>
        <source>nineteen</source>
        <translation>diecinueve</translation>
    </message>
    <message>
        <source>twenty</source>
        <translation>veinte</translation>
    </message>
    <message>
        <source>twenty-one</source>
        <translation>veintiuno</translation>
    </message>
    <message>
        <source>twenty-two</source>
        <translation>veintidós</translation>
    </message>
    <message>
        <source>twenty-three</source>
        <translation>veintitrés</translation>
    </message>
    <message>
        <source>twenty-four</source>
        <translation>veinticuatro</translation>
    </message>
    <message>
        <source>twenty-five</source>
        <translation>veinticinco</translation>
    </message>
    <message>
        <source>twenty-six</source>
        <translation>veintiséis</translation>
    </message>
    <message>
        <source>twenty-seven</source>
        <translation>veintisiete</translation>
    </message>
    <message>
        <source>twenty-eight</source>
        <translation>veintiocho</translation>
    </message>
    <message>
        <source>twenty-nine</source>
        <translation>veintinueve</translation>
    </message>
    <message>
        <source>thirty</source>
        <translation>treinta</translation>
    </message>
    <message>
        <source>forty</source>
        <translation>cuarenta</translation>
    </message>
    <message>
        <source>fifty</source>
        <translation>cincuenta</translation>
    </message>
    <message>
        <source>sixty</source>
        <translation>sesenta</translation>
    </message>
    <message>
        <source>seventy</source>
        <translation>setenta</translation>
    </message>
    <message>
        <source>eighty</source>
        <translation>ochenta</translation>
    </message>
    <message>
        <source>ninety</source>
        <translation>noventa</translation>
    </message>
    <message>
        <source>{tens}-{ones}</source>
        <translation>{tens} y {ones}</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>un mes</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>un año</translation>
    </message>
</context>
<context>
    <name>redaction_panel</name>
    <message>
        <source>Privacy for others</source>
        <translation>Privacidad para los demás</translation>
    </message>
    <message>
        <source>Words that could tell a listener who someone is. Accept to use the words on the right instead, or Skip to keep them as written. The preview shows the result.</source>
        <translation>Palabras que podrían decirle a quien escucha quién es alguien. Acepta para usar en su lugar las palabras de la derecha, u Omite para dejarlas como están. La vista previa muestra el resultado.</translation>
    </message>
    <message>
        <source>Nothing found that could identify someone. If there is a person in your story you&apos;d like to protect, add them with People…</source>
        <translation>No se encontró nada que pueda identificar a alguien. Si hay alguien en tu historia a quien quieras proteger, añádelo con Personas…</translation>
    </message>
    <message>
        <source>Person from your list</source>
        <translation>Persona de tu lista</translation>
    </message>
    <message>
        <source>Possible name</source>
        <translation>Posible nombre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Will be replaced</source>
        <translation>Se cambiará</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Se queda como está escrito</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>in 1 place</source>
        <translation>en 1 lugar</translation>
    </message>
    <message>
        <source>in {count} places</source>
        <translation>en {count} lugares</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <source>{clock} left</source>
        <translation>quedan {clock}</translation>
    </message>
    <message>
        <source>{clock} over</source>
        <translation>{clock} de más</translation>
    </message>
</context>
<context>
    <name>search_pane</name>
    <message>
        <source>Nothing found. Try fewer words, or the start of a word with * (like hop*).</source>
        <translation>No se encontró nada. Prueba con menos palabras, o con el principio de una palabra y * (como esper*).</translation>
    </message>
    <message>
        <source>1 entry found</source>
        <translation>1 entrada encontrada</translation>
    </message>
    <message>
        <source>{count} entries found</source>
        <translation>{count} entradas encontradas</translation>
    </message>
</context>
<context>
    <name>search_results_model</name>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>{date}, {title}</source>
        <translation>{date}, {title}</translation>
    </message>
</context>
<context>
    <name>share_composer_actions</name>
    <message>
        <source>What it was like</source>
        <translation>Cómo era</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What it&apos;s like now</source>
        <translation>Cómo es ahora</translation>
    </message>
</context>
<context>
    <name>share_composer_layout</name>
    <message>
        <source>You haven&apos;t made a share yet.

A share gathers a few passages from your journal, with your own words between them, to read aloud in your group. Choose New Share… to start, or select some words in an entry and choose Add to Share….</source>
        <translation>Todavía no has preparado ningún compartir.

Un compartir reúne algunos pasajes de tu diario, con tus propias palabras entre ellos, para leerlos en voz alta en tu grupo. Elige Compartir nuevo… para empezar, o selecciona algunas palabras en una entrada y elige Añadir a un compartir….</translation>
    </message>
    <message>
        <source>This share is empty for now.

In your journal, select some words and choose Add to Share…, or gather moments in Browse Moments. You can also add your own words here.</source>
        <translation>Este compartir está vacío por ahora.

En tu diario, selecciona algunas palabras y elige Añadir a un compartir…, o reúne momentos en Explorar momentos. También puedes añadir aquí tus propias palabras.</translation>
    </message>
    <message>
        <source>Choose a share on the left to see its parts.</source>
        <translation>Elige un compartir a la izquierda para ver sus partes.</translation>
    </message>
    <message>
        <source>If it helps, start from a simple shape. Each heading is your own words, to keep, change or remove.</source>
        <translation>Si te ayuda, empieza con una forma sencilla. Cada título son tus propias palabras, para conservar, cambiar o quitar.</translation>
    </message>
    <message>
        <source>All Three, in Order</source>
        <translation>Los tres, en orden</translation>
    </message>
    <message>
        <source>In the order you&apos;ll read them. Drag a part, or use Alt+↑ and Alt+↓, to move it.</source>
        <translation>En el orden en que las leerás. Arrastra una parte, o usa Alt+↑ y Alt+↓, para moverla.</translation>
    </message>
</context>
<context>
    <name>share_export</name>
    <message>
        <source>A saved share is NOT encrypted: anyone who can open the file can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Un compartir guardado NO está cifrado: cualquiera que pueda abrir el archivo puede leerlo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Every part of this share is marked “Never Share”, so there is nothing to save.</source>
        <translation>Todas las partes de este compartir están marcadas como «No compartir nunca», así que no hay nada que guardar.</translation>
    </message>
    <message>
        <source>There&apos;s nothing in this share to save yet: add a passage first.</source>
        <translation>Todavía no hay nada que guardar en este compartir: primero añade un pasaje.</translation>
    </message>
    <message>
        <source>Please choose a file name for the share.</source>
        <translation>Elige un nombre de archivo para el compartir.</translation>
    </message>
</context>
<context>
    <name>share_item_editor</name>
    <message>
        <source>Choose a part of your share to see its words here.</source>
        <translation>Elige una parte de tu compartir para ver aquí sus palabras.</translation>
    </message>
    <message>
        <source>Changes here are only for this share. Your journal entry stays exactly as you wrote it.</source>
        <translation>Los cambios que hagas aquí son solo para este compartir. La entrada de tu diario se queda exactamente como la escribiste.</translation>
    </message>
    <message>
        <source>These are your own words, just for this share.</source>
        <translation>Estas son tus propias palabras, solo para este compartir.</translation>
    </message>
    <message>
        <source>Private note — never printed</source>
        <translation>Nota privada — nunca se imprime</translation>
    </message>
    <message>
        <source>A reminder for yourself: why you chose this, or how you&apos;d like to say it.</source>
        <translation>Un recordatorio para ti: por qué elegiste esto, o cómo te gustaría decirlo.</translation>
    </message>
    <message>
        <source>Write what you&apos;d like to say here, in your own words.</source>
        <translation>Escribe aquí lo que te gustaría decir, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Open the entry these words came from, with them selected.</source>
        <translation>Abre la entrada de la que vienen estas palabras, con ellas seleccionadas.</translation>
    </message>
    <message>
        <source>The entry these words came from has since been deleted.</source>
        <translation>La entrada de la que venían estas palabras se borró después.</translation>
    </message>
    <message>
        <source>These are your own words; they aren&apos;t in a journal entry.</source>
        <translation>Estas son tus propias palabras; no están en una entrada del diario.</translation>
    </message>
    <message>
        <source>{mark}. You marked these words Never Share in your journal, so this part stays out of every export and printing. If you&apos;d like to share it after all, remove the mark in your journal (Show in Journal takes you there), or remove this part.</source>
        <translation>{mark}. Marcaste estas palabras como «No compartir nunca» en tu diario, así que esta parte se queda fuera de toda exportación e impresión. Si al final quieres compartirla, quita la marca en tu diario (Mostrar en el diario te lleva allí), o quita esta parte.</translation>
    </message>
</context>
<context>
    <name>share_items_model</name>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Never Share — left out</source>
        <translation>No compartir nunca — se queda fuera</translation>
    </message>
    <message>
        <source>These words are marked Never Share in your journal, so they are left out of every export and printing. Remove the mark in your journal, or remove this part.</source>
        <translation>Estas palabras están marcadas como «No compartir nunca» en tu diario, así que se quedan fuera de toda exportación e impresión. Quita la marca en tu diario, o quita esta parte.</translation>
    </message>
    <message>
        <source>Nothing written yet — select this to write here.</source>
        <translation>Aún no hay nada escrito — selecciona esto para escribir aquí.</translation>
    </message>
    <message>
        <source>From an entry that has since been deleted</source>
        <translation>De una entrada que después se borró</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Del {day}</translation>
    </message>
    <message>
        <source>{heading}: {words}.</source>
        <translation>{heading}: {words}.</translation>
    </message>
    <message>
        <source>{mark}. {said}</source>
        <translation>{mark}. {said}</translation>
    </message>
    <message>
        <source>{said} Has a private note.</source>
        <translation>{said} Tiene una nota privada.</translation>
    </message>
    <message>
        <source>{mark} · {heading}</source>
        <translation>{mark} · {heading}</translation>
    </message>
    <message>
        <source>{heading} · {note}</source>
        <translation>{heading} · {note}</translation>
    </message>
    <message>
        <source>This part has a private note. Notes are never printed or exported.</source>
        <translation>Esta parte tiene una nota privada. Las notas nunca se imprimen ni se exportan.</translation>
    </message>
</context>
<context>
    <name>share_list_pane</name>
    <message>
        <source>Empty for now</source>
        <translation>Vacío por ahora</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 parte</translation>
    </message>
    <message>
        <source>{count} parts</source>
        <translation>{count} partes</translation>
    </message>
</context>
<context>
    <name>share_naming</name>
    <message>
        <source>What would you like to call this share? Only you see this name; it is never printed.</source>
        <translation>¿Cómo quieres llamar a este compartir? Solo tú ves este nombre; nunca se imprime.</translation>
    </message>
    <message>
        <source>Save Name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>Make Share</source>
        <translation>Crear compartir</translation>
    </message>
    <message>
        <source>Share name</source>
        <translation>Nombre del compartir</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Delete Share</source>
        <translation>Borrar compartir</translation>
    </message>
    <message>
        <source>Delete the share “{name}”?

Its parts, your own words in it and its private notes will be gone. Your journal itself is not touched: every entry and moment stays exactly as it is, and What I&apos;ve Shared keeps its record.</source>
        <translation>¿Borrar el compartir «{name}»?

Sus partes, tus propias palabras en él y sus notas privadas desaparecerán. Tu diario no se toca: cada entrada y cada momento se quedan exactamente como están, y Lo que he compartido guarda su registro.</translation>
    </message>
    <message>
        <source>Remove this part and its private note from this share?

They are kept only here, so they will be gone. Your journal is not touched.</source>
        <translation>¿Quitar esta parte y su nota privada de este compartir?

Solo se guardan aquí, así que desaparecerán. Tu diario no se toca.</translation>
    </message>
    <message>
        <source>Remove your own words from this share?

They are kept only here, so they will be gone. Your journal is not touched.</source>
        <translation>¿Quitar tus propias palabras de este compartir?

Solo se guardan aquí, así que desaparecerán. Tu diario no se toca.</translation>
    </message>
    <message>
        <source>Remove from Share</source>
        <translation>Quitar del compartir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>share_output</name>
    <message>
        <source>Export Share</source>
        <translation>Exportar compartir</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Share as PDF</source>
        <translation>Exportar compartir como PDF</translation>
    </message>
    <message>
        <source>Export Share as Markdown</source>
        <translation>Exportar compartir como Markdown</translation>
    </message>
    <message>
        <source>Saved your share as {file}. This PDF is not encrypted — keep it somewhere safe.</source>
        <translation>Guardaste tu compartir como {file}. Este PDF no está cifrado: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Saved your share as {file}. This Markdown file is not encrypted — keep it somewhere safe.</source>
        <translation>Guardaste tu compartir como {file}. Este archivo Markdown no está cifrado: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>My share</source>
        <translation>Mi compartir</translation>
    </message>
    <message>
        <source>1 part marked Never Share was left out.</source>
        <translation>Se dejó fuera 1 parte marcada como «No compartir nunca».</translation>
    </message>
    <message>
        <source>{count} parts marked Never Share were left out.</source>
        <translation>Se dejaron fuera {count} partes marcadas como «No compartir nunca».</translation>
    </message>
    <message>
        <source>{message} {left_out}</source>
        <translation>{message} {left_out}</translation>
    </message>
</context>
<context>
    <name>share_pdf</name>
    <message>
        <source>{page} of {pages}</source>
        <translation>{page} de {pages}</translation>
    </message>
</context>
<context>
    <name>share_review_dialog</name>
    <message>
        <source>Before You Export</source>
        <translation>Antes de exportar</translation>
    </message>
    <message>
        <source>Before You Print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>print</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <source>A last look at each part, so only what you choose to share leaves your journal.</source>
        <translation>Un último vistazo a cada parte, para que solo salga de tu diario lo que eliges compartir.</translation>
    </message>
    <message>
        <source>Never Share — left out.</source>
        <translation>No compartir nunca — se queda fuera.</translation>
    </message>
    <message>
        <source>You marked these words Never Share in your journal. To {verb} this share, remove the mark in your journal, or remove this part from the share.</source>
        <translation>Marcaste estas palabras como «No compartir nunca» en tu diario. Para {verb} este compartir, quita la marca en tu diario, o quita esta parte del compartir.</translation>
    </message>
    <message>
        <source>Not decided yet:</source>
        <translation>Aún sin decidir:</translation>
    </message>
    <message>
        <source>Kept as written:</source>
        <translation>Se quedan como están escritas:</translation>
    </message>
    <message>
        <source>Private note — will not be printed</source>
        <translation>Nota privada — no se imprimirá</translation>
    </message>
    <message>
        <source>Shared before:</source>
        <translation>Compartido antes:</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>nothing written yet</source>
        <translation>aún no hay nada escrito</translation>
    </message>
    <message>
        <source>This share has no parts yet.</source>
        <translation>Este compartir todavía no tiene partes.</translation>
    </message>
    <message>
        <source>Everything is ready. Private notes stay with you and are never printed.</source>
        <translation>Todo está listo. Las notas privadas se quedan contigo y nunca se imprimen.</translation>
    </message>
    <message>
        <source>“{opening}”</source>
        <translation>«{opening}»</translation>
    </message>
    <message>
        <source>Part {number} · Your words · {words}</source>
        <translation>Parte {number} · Tus palabras · {words}</translation>
    </message>
    <message>
        <source>Part {number} · {words}</source>
        <translation>Parte {number} · {words}</translation>
    </message>
    <message>
        <source>{day} in “{share}”</source>
        <translation>{day} en «{share}»</translation>
    </message>
    <message>
        <source>{shown}; and 1 more time</source>
        <translation>{shown}; y 1 vez más</translation>
    </message>
    <message>
        <source>{shown}; and {count} more times</source>
        <translation>{shown}; y {count} veces más</translation>
    </message>
    <message>
        <source>1 part is marked Never Share and will stay in your journal. To {verb} this share, remove the mark in your journal, or remove that part from the share.</source>
        <translation>1 parte está marcada como «No compartir nunca» y se quedará en tu diario. Para {verb} este compartir, quita la marca en tu diario, o quita esa parte del compartir.</translation>
    </message>
    <message>
        <source>{count} parts are marked Never Share and will stay in your journal. To {verb} this share, remove the mark in your journal, or remove those parts from the share.</source>
        <translation>{count} partes están marcadas como «No compartir nunca» y se quedarán en tu diario. Para {verb} este compartir, quita la marca en tu diario, o quita esas partes del compartir.</translation>
    </message>
    <message>
        <source>{action} with the undecided words as you wrote them.</source>
        <translation>{action} con las palabras sin decidir tal como las escribiste.</translation>
    </message>
    <message>
        <source>Not while a part is marked Never Share.</source>
        <translation>No mientras haya una parte marcada como «No compartir nunca».</translation>
    </message>
    <message>
        <source>1 suggestion on the Privacy tab is not decided yet. You can decide there, or choose {anyway} to keep them as written.</source>
        <translation>1 sugerencia de la pestaña Privacidad aún no está decidida. Puedes decidirla allí, o elegir «{anyway}» para dejar las palabras como están escritas.</translation>
    </message>
    <message>
        <source>{count} suggestions on the Privacy tab are not decided yet. You can decide there, or choose {anyway} to keep them as written.</source>
        <translation>{count} sugerencias de la pestaña Privacidad aún no están decididas. Puedes decidirlas allí, o elegir «{anyway}» para dejarlas como están escritas.</translation>
    </message>
    <message>
        <source>1 suggestion on the Privacy tab is not decided yet. You can decide there.</source>
        <translation>1 sugerencia de la pestaña Privacidad aún no está decidida. Puedes decidirla allí.</translation>
    </message>
    <message>
        <source>{count} suggestions on the Privacy tab are not decided yet. You can decide there.</source>
        <translation>{count} sugerencias de la pestaña Privacidad aún no están decididas. Puedes decidirlas allí.</translation>
    </message>
</context>
<context>
    <name>shared_history_dialog</name>
    <message>
        <source>What I&apos;ve Shared</source>
        <translation>Lo que he compartido</translation>
    </message>
    <message>
        <source>The shares you have saved or printed, newest first. Only their names are kept here.</source>
        <translation>Los compartires que has guardado o impreso, primero los más recientes. Aquí solo se guardan sus nombres.</translation>
    </message>
    <message>
        <source>Looking through what you&apos;ve shared…</source>
        <translation>Revisando lo que has compartido…</translation>
    </message>
    <message>
        <source>Nothing shared yet. When you save a share as a PDF or Markdown, or print it, it will be listed here so you can look back on what you&apos;ve shared.</source>
        <translation>Todavía no has compartido nada. Cuando guardes un compartir como PDF o Markdown, o lo imprimas, aparecerá aquí para que puedas recordar lo que has compartido.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 pasaje</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} pasajes</translation>
    </message>
    <message>
        <source>{day}: {share}, {format} as {file}, {passages} from your journal</source>
        <translation>{day}: {share}, {format} como {file}, {passages} de tu diario</translation>
    </message>
    <message>
        <source>{day}: {share}, {format}, {passages} from your journal</source>
        <translation>{day}: {share}, {format}, {passages} de tu diario</translation>
    </message>
</context>
<context>
    <name>shared_marks</name>
    <message>
        <source>Shared before</source>
        <translation>Compartido antes</translation>
    </message>
    <message>
        <source>Shared {day} · {share}</source>
        <translation>Compartido el {day} · {share}</translation>
    </message>
    <message>
        <source>Shared before: {day}, in {share}</source>
        <translation>Compartido antes: {day}, en {share}</translation>
    </message>
    <message>
        <source>Shared {day} in “{share}”: “{words}”</source>
        <translation>Compartido el {day} en «{share}»: «{words}»</translation>
    </message>
    <message>
        <source>Shared {day} in “{share}”</source>
        <translation>Compartido el {day} en «{share}»</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TokenDesk</source>
        <translation>Acerca de TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk logo</source>
        <translation>Logotipo de TokenDesk</translation>
    </message>
    <message>
        <source>Fetches the permanent API tokens of BotPenguin customers for partner agencies.</source>
        <translation>Obtiene los tokens de API permanentes de los clientes de BotPenguin para las agencias asociadas.</translation>
    </message>
</context>
<context>
    <name>CustomerBrowser</name>
    <message>
        <source>Loa&amp;d customers</source>
        <translation>Cargar clie&amp;ntes</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>Cargar clientes</translation>
    </message>
    <message>
        <source>Load the agency&apos;s customers from BotPenguin, page after page</source>
        <translation>Cargar los clientes de la agencia desde BotPenguin, página a página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading customers</source>
        <translation>Cancelar la carga de clientes</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, status or user ID</source>
        <translation>Filtrar por nombre, correo electrónico, estado o ID de usuario</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Load the customer list to pick customers without knowing their IDs.</source>
        <translation>Cargue la lista de clientes para elegir clientes sin conocer sus IDs.</translation>
    </message>
    <message>
        <source>Fetch &amp;tokens for selected</source>
        <translation>Obtener tokens de los &amp;seleccionados</translation>
    </message>
    <message>
        <source>Fetch tokens for selected</source>
        <translation>Obtener tokens de los seleccionados</translation>
    </message>
    <message>
        <source>Fetch a&amp;ll</source>
        <translation>Obtener to&amp;dos</translation>
    </message>
    <message>
        <source>Fetch all</source>
        <translation>Obtener todos</translation>
    </message>
    <message>
        <source>Fetch the token of every customer shown (the filter applies)</source>
        <translation>Obtener el token de cada cliente mostrado (se aplica el filtro)</translation>
    </message>
    <message>
        <source>Select customers and press Enter to fetch their tokens.</source>
        <translation>Seleccione clientes y pulse Intro para obtener sus tokens.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Perfil de agencia</translation>
    </message>
    <message>
        <source>A name, an API address and a key kept in the system keychain. Type a new name and press Save profile.</source>
        <translation>Un nombre, una dirección de API y una clave guardada en el llavero del sistema. Escriba un nombre nuevo y pulse Guardar perfil.</translation>
    </message>
    <message>
        <source>Re&amp;member key</source>
        <translation>Recordar &amp;clave</translation>
    </message>
    <message>
        <source>Remember key in the system keychain</source>
        <translation>Recordar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the operating system&apos;s keychain, never in a file</source>
        <translation>Guardar la clave de este perfil en el llavero del sistema operativo, nunca en un archivo</translation>
    </message>
    <message>
        <source>S&amp;ave profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Agency API &amp;key:</source>
        <translation>C&amp;lave de API de la agencia:</translation>
    </message>
    <message>
        <source>The agency&apos;s API key from the BotPenguin dashboard</source>
        <translation>La clave de API de la agencia, del panel de BotPenguin</translation>
    </message>
    <message>
        <source>Agency API key</source>
        <translation>Clave de API de la agencia</translation>
    </message>
    <message>
        <source>Masked. Kept in memory only.</source>
        <translation>Oculta. Se guarda solo en memoria.</translation>
    </message>
    <message>
        <source>End of the hidden key</source>
        <translation>Final de la clave oculta</translation>
    </message>
    <message>
        <source>L&amp;ook up:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Customers by user ID</source>
        <translation>Clientes por ID de usuario</translation>
    </message>
    <message>
        <source>Team members by e-mail</source>
        <translation>Miembros del equipo por correo electrónico</translation>
    </message>
    <message>
        <source>Team member type</source>
        <translation>Tipo de miembro del equipo</translation>
    </message>
    <message>
        <source>AGENT: a team user with the default agent role. CUSTOM_USER: a team member with a custom role. CUSTOMER: the customer&apos;s main user.</source>
        <translation>AGENT: un usuario del equipo con el rol de agente predeterminado. CUSTOM_USER: un miembro del equipo con un rol personalizado. CUSTOMER: el usuario principal del cliente.</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>&amp;IDs de usuario de los clientes:</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Un ID de usuario, o varios separados por comas, espacios o saltos de línea. Intro obtiene los tokens; Mayús+Intro inicia una línea nueva.</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>IDs de usuario de los clientes</translation>
    </message>
    <message>
        <source>Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Intro obtiene los tokens; Mayús+Intro inicia una línea nueva.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Demo mode: TokenDesk is talking to its built-in sandbox, not to BotPenguin. The key and tokens are made up.</source>
        <translation>Modo de demostración: TokenDesk se comunica con su entorno de pruebas integrado, no con BotPenguin. La clave y los tokens son ficticios.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Aviso de modo de demostración</translation>
    </message>
    <message>
        <source>&amp;Show tokens</source>
        <translation>Mostrar to&amp;kens</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>Mostrar tokens</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Solicitudes en &amp;paralelo:</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Solicitudes en paralelo</translation>
    </message>
    <message>
        <source>How many requests are in flight at once (1 to 64)</source>
        <translation>Cuántas solicitudes se envían a la vez (de 1 a 64)</translation>
    </message>
    <message>
        <source>&amp;Fetch tokens</source>
        <translation>&amp;Obtener tokens</translation>
    </message>
    <message>
        <source>Fet&amp;ch tokens</source>
        <translation>&amp;Obtener tokens</translation>
    </message>
    <message>
        <source>Fetch tokens</source>
        <translation>Obtener tokens</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
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
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import user IDs…</source>
        <translation>&amp;Importar IDs de usuario…</translation>
    </message>
    <message>
        <source>Fetch the user IDs in a text file or a CSV file</source>
        <translation>Obtener los tokens de los IDs de usuario de un archivo de texto o CSV</translation>
    </message>
    <message>
        <source>&amp;Export tokens…</source>
        <translation>&amp;Exportar tokens…</translation>
    </message>
    <message>
        <source>Save the selected rows, or all rows, to a CSV or JSON file readable by you only</source>
        <translation>Guardar las filas seleccionadas, o todas, en un archivo CSV o JSON que solo usted puede leer</translation>
    </message>
    <message>
        <source>Copy user &amp;ID and token</source>
        <translation>Copiar &amp;ID de usuario y token</translation>
    </message>
    <message>
        <source>Copy &quot;userId,token&quot; of the selected row, for pasting into forms</source>
        <translation>Copiar &quot;userId,token&quot; de la fila seleccionada, para pegarlo en formularios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s token to the clipboard</source>
        <translation>Copiar el token de la fila seleccionada al portapapeles</translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation>&amp;Vaciar tabla</translation>
    </message>
    <message>
        <source>Forget every fetched token</source>
        <translation>Olvidar todos los tokens obtenidos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Acerca de TokenDesk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Fetch the tokens of the user IDs or e-mails entered above</source>
        <translation>Obtener los tokens de los IDs de usuario o correos electrónicos escritos arriba</translation>
    </message>
    <message>
        <source>Show every token in full, or mask them again</source>
        <translation>Mostrar todos los tokens completos u ocultarlos de nuevo</translation>
    </message>
    <message>
        <source>Show or &amp;hide the selected token</source>
        <translation>Mostrar u &amp;ocultar el token seleccionado</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s token in full, or mask it again</source>
        <translation>Mostrar completo el token de la fila seleccionada u ocultarlo de nuevo</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Go to the filter box of the tab shown</source>
        <translation>Ir al cuadro de filtro de la pestaña mostrada</translation>
    </message>
    <message>
        <source>Fetched &amp;tokens</source>
        <translation>&amp;Tokens obtenidos</translation>
    </message>
    <message>
        <source>Show the tab of fetched tokens</source>
        <translation>Mostrar la pestaña de tokens obtenidos</translation>
    </message>
    <message>
        <source>Customer &amp;list</source>
        <translation>&amp;Lista de clientes</translation>
    </message>
    <message>
        <source>Show the tab of the agency&apos;s customers</source>
        <translation>Mostrar la pestaña de clientes de la agencia</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Ver en:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Archivos de tipo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Directorio superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detallada</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir hacia delante</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir al directorio superior</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Crear una nueva carpeta</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Cambiar el modo de vista de la lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Cambiar a modo de vista detallada</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de lugares y marcadores</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambia&amp;r de nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar los arc&amp;hivos ocultos</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lugares recientes</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>¿Está seguro de que quiere borrar «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» está protegido contra escritura.
¿Desea borrarlo de todas formas?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>No fue posible borrar el directorio.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Archivo no encontrado.
Verifique que el nombre del archivo es correcto.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directorio no encontrado.
Verifique que el nombre del directorio es correcto.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directorios</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directorio:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Buscar directorio</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seleccionar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mi Equipo</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenDesk Settings</source>
        <translation>Configuración de TokenDesk</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Perfil de agencia</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Open another saved profile: its API address and, when remembered, its key. Profiles are saved and deleted in the main window.</source>
        <translation>Abrir otro perfil guardado: su dirección de API y, si se recordó, su clave. Los perfiles se guardan y se eliminan en la ventana principal.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (localhost)</source>
        <translation>Solo https://; http:// se permite para este equipo (localhost)</translation>
    </message>
    <message>
        <source>Request &amp;time-out:</source>
        <translation>&amp;Tiempo límite por solicitud:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request time-out in seconds</source>
        <translation>Tiempo límite por solicitud, en segundos</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Solicitudes en &amp;paralelo:</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Solicitudes en paralelo</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <source>Retries of a failure that may pass</source>
        <translation>Reintentos de un error que puede ser pasajero</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after:</source>
        <translation>&amp;Borrar el portapapeles tras:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds; 0 never</source>
        <translation>Borrar el portapapeles tras estos segundos; 0, nunca</translation>
    </message>
    <message>
        <source>&amp;Hide revealed tokens after:</source>
        <translation>&amp;Ocultar los tokens mostrados tras:</translation>
    </message>
    <message>
        <source>Hide revealed tokens after, in seconds; 0 never</source>
        <translation>Ocultar los tokens mostrados tras estos segundos; 0, nunca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s windows. It changes at once, without a restart.</source>
        <translation>El idioma de las ventanas de TokenDesk. Cambia al instante, sin reiniciar.</translation>
    </message>
    <message>
        <source>Forget tok&amp;ens after:</source>
        <translation>Olvidar los tok&amp;ens tras:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Forget tokens after</source>
        <translation>Olvidar los tokens tras</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input in TokenDesk before the fetched tokens are forgotten; 0 never.</source>
        <translation>Minutos sin usar el teclado ni el ratón en TokenDesk antes de olvidar los tokens obtenidos; 0, nunca.</translation>
    </message>
    <message>
        <source>Forget tokens when the screen locks or the computer &amp;sleeps</source>
        <translation>Olvidar los tokens cuando se bloquee la pantalla o el equipo entre en &amp;suspensión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Shortcuts of the TokenDesk window:</source>
        <translation>&amp;Atajos de la ventana de TokenDesk:</translation>
    </message>
    <message>
        <source>Each row names what a key does and the key that does it.</source>
        <translation>Cada fila indica una acción y la tecla que la realiza.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AboutDialog</name>
    <message>
        <source>part of the operating system</source>
        <translation>parte del sistema operativo</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS (%1)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>TokenDesk %1</source>
        <translation>TokenDesk %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The TokenDesk authors&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;TokenDesk es software libre: puede redistribuirlo y modificarlo según los términos de la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Los autores de TokenDesk&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;TokenDesk usa estas bibliotecas:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
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
        <source>Qt %1, QtKeychain %2, %3 %4</source>
        <translation>Qt %1, QtKeychain %2, %3 %4</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AgencyKeyField</name>
    <message>
        <source>Hide key</source>
        <translation>Ocultar clave</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>Show or hide the agency API key</source>
        <translation>Mostrar u ocultar la clave de API de la agencia</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina en %1</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchProgress</name>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 de %2, %3 fallidos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Progreso de la obtención</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %Ln second(s).</source>
        <translation>
            <numerusform>El servidor pidió a TokenDesk que fuera más despacio: esperando %Ln segundo.</numerusform>
            <numerusform>El servidor pidió a TokenDesk que fuera más despacio: esperando %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency API key was rejected, so the batch stopped. Check the key and fetch again.</source>
        <translation>Se rechazó la clave de API de la agencia, así que el lote se detuvo. Compruebe la clave y vuelva a obtener los tokens.</translation>
    </message>
    <message>
        <source>Cancelled: %1 active, %2 inactive, %3 failed, %4 not fetched.</source>
        <translation>Cancelado: %1 activos, %2 inactivos, %3 fallidos, %4 sin obtener.</translation>
    </message>
    <message>
        <source>Done: %1 active, %2 inactive, %3 failed.</source>
        <translation>Terminado: %1 activos, %2 inactivos, %3 fallidos.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli</name>
    <message>
        <source>Fetches BotPenguin customers&apos; permanent API tokens with a partner agency key.

The agency key is never taken from an argument: give it with --key-stdin (the first line of standard input), the TOKENDESK_API_KEY environment variable, or --profile NAME, a profile saved in the window with its key in the system&apos;s keychain. TOKENDESK_BASE_URL sets the API&apos;s address (--base-url wins; both win over the profile&apos;s).

Exit status: 0 every token fetched, 1 at least one failed or was skipped, 2 usage or input error (nothing was sent), 3 the agency key was rejected, 4 the output could not be written, 130 or 143 after Ctrl+C or SIGTERM (the rows that finished are written), 141 when the reader of the output went away.</source>
        <translation>Obtiene los tokens de API permanentes de los clientes de BotPenguin con la clave de una agencia asociada.

La clave de agencia nunca se toma de un argumento: indíquela con --key-stdin (la primera línea de la entrada estándar), con la variable de entorno TOKENDESK_API_KEY o con --profile NOMBRE, un perfil guardado en la ventana con su clave en el llavero del sistema. TOKENDESK_BASE_URL establece la dirección de la API (--base-url tiene prioridad; ambas tienen prioridad sobre la del perfil).

Estado de salida: 0 se obtuvieron todos los tokens, 1 al menos uno falló o se omitió, 2 error de uso o de entrada (no se envió nada), 3 se rechazó la clave de la agencia, 4 no se pudo escribir la salida, 130 o 143 tras Ctrl+C o SIGTERM (se escriben las filas terminadas), 141 cuando el lector de la salida desapareció.</translation>
    </message>
    <message>
        <source>--email and --type go together: give both for a team member.</source>
        <translation>--email y --type van juntos: indique ambos para un miembro del equipo.</translation>
    </message>
    <message>
        <source>Give --email and --type once; for more team members use -i FILE with a CSV with email and type columns.</source>
        <translation>Indique --email y --type una sola vez; para más miembros del equipo, use -i ARCHIVO con un CSV con las columnas email y type.</translation>
    </message>
    <message>
        <source>Unknown --type “%1”: use AGENT, CUSTOM_USER or CUSTOMER.</source>
        <translation>Valor de --type desconocido, “%1”: use AGENT, CUSTOM_USER o CUSTOMER.</translation>
    </message>
    <message>
        <source>Give --customers (the list) or --all (every customer&apos;s token), not both.</source>
        <translation>Indique --customers (la lista) o --all (el token de cada cliente), no ambos.</translation>
    </message>
    <message>
        <source>--customers and --all take every customer from the list; leave out user IDs, -i and --email.</source>
        <translation>--customers y --all toman todos los clientes de la lista; omita los IDs de usuario, -i y --email.</translation>
    </message>
    <message>
        <source>Try &apos;tokendesk-cli --help&apos;.</source>
        <translation>Pruebe &apos;tokendesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>User IDs, one per line (# comments and blank lines are skipped), or a CSV with a userId or _id column, or a CSV with email and type columns for team members; &quot;-&quot; reads standard input. Each ID once.</source>
        <translation>IDs de usuario, uno por línea (se omiten los comentarios con # y las líneas en blanco), o un CSV con una columna userId o _id, o un CSV con las columnas email y type para miembros del equipo; &quot;-&quot; lee la entrada estándar. Cada ID una sola vez.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>A team member&apos;s e-mail address, to fetch their token; needs --type.</source>
        <translation>La dirección de correo electrónico de un miembro del equipo, para obtener su token; requiere --type.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>The team member&apos;s type: AGENT, CUSTOM_USER or CUSTOMER (any case).</source>
        <translation>El tipo del miembro del equipo: AGENT, CUSTOM_USER o CUSTOMER (en mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).</source>
        <translation>jsonl, json, csv o table (predeterminado: table en un terminal; si no, jsonl).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1..64 (default 6).</source>
        <translation>Solicitudes simultáneas, 1..64 (predeterminado: 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Time allowed for one request (default 30).</source>
        <translation>Tiempo permitido para una solicitud (predeterminado: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Extra tries of a transient failure, 0..10 (default 2).</source>
        <translation>Intentos adicionales ante un error pasajero, 0..10 (predeterminado: 2).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://api.v7.botpenguin.com).</source>
        <translation>La dirección de la API (predeterminada: https://api.v7.botpenguin.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the agency key from the first line of standard input.</source>
        <translation>Leer la clave de agencia de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Use a built-in sandbox of the API with a demo key.</source>
        <translation>Usar un entorno de pruebas integrado de la API con una clave de demostración.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error (the key and tokens are shown as ***).</source>
        <translation>Describir cada solicitud y respuesta en la salida de error estándar (la clave y los tokens se muestran como ***).</translation>
    </message>
    <message>
        <source>List the agency&apos;s customers (every page) instead of fetching tokens.</source>
        <translation>Listar los clientes de la agencia (todas las páginas) en lugar de obtener tokens.</translation>
    </message>
    <message>
        <source>Fetch the token of every customer that the list gives.</source>
        <translation>Obtener el token de cada cliente que devuelva la lista.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate TLS proxy&apos;s, or a test server&apos;s).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (los de un proxy TLS corporativo o de un servidor de pruebas).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Use a profile saved in the TokenDesk window: its base URL, and its key from the system&apos;s keychain.</source>
        <translation>Usar un perfil guardado en la ventana de TokenDesk: su URL base y su clave del llavero del sistema.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Customer user IDs.</source>
        <translation>IDs de usuario de los clientes.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use jsonl, json, csv or table.</source>
        <translation>Formato desconocido, “%1”: use jsonl, json, csv o table.</translation>
    </message>
    <message>
        <source>The concurrency (-j) must be a whole number from 1 to 64, not “%1”.</source>
        <translation>La concurrencia (-j) debe ser un número entero de 1 a 64, no “%1”.</translation>
    </message>
    <message>
        <source>--retries must be a whole number from 0 to 10, not “%1”.</source>
        <translation>--retries debe ser un número entero de 0 a 10, no “%1”.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --base-url.</source>
        <translation>--demo ejecuta su propio entorno de pruebas; omita --base-url.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --profile.</source>
        <translation>--demo ejecuta su propio entorno de pruebas; omita --profile.</translation>
    </message>
    <message>
        <source>Standard input (-i -) can be read only once.</source>
        <translation>La entrada estándar (-i -) solo se puede leer una vez.</translation>
    </message>
    <message>
        <source>No user IDs given: name them as arguments or in a file with -i FILE.</source>
        <translation>No se indicó ningún ID de usuario: indíquelos como argumentos o en un archivo con -i ARCHIVO.</translation>
    </message>
    <message>
        <source>No user IDs given. The demo sandbox knows these, for example:
  tokendesk-cli --demo %1
and this team member:
  tokendesk-cli --demo --email %2 --type AGENT</source>
        <translation>No se indicó ningún ID de usuario. El entorno de pruebas de demostración conoce, por ejemplo, estos:
  tokendesk-cli --demo %1
y este miembro del equipo:
  tokendesk-cli --demo --email %2 --type AGENT</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on this computer.</source>
        <translation>El entorno de pruebas de demostración no pudo iniciarse en este equipo.</translation>
    </message>
    <message>
        <source>Demo mode: a built-in sandbox with made-up customers answers at %1.</source>
        <translation>Modo de demostración: un entorno de pruebas integrado con clientes ficticios responde en %1.</translation>
    </message>
    <message>
        <source>The agency API key was rejected%1, so the run stopped and no more requests were sent. Check the key and try again.</source>
        <translation>Se rechazó la clave de API de la agencia%1, así que la ejecución se detuvo y no se enviaron más solicitudes. Compruebe la clave e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No result was reported for this user ID.</source>
        <translation>No se informó ningún resultado para este ID de usuario.</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed</source>
        <translation>%1/%2 completados, %3 fallidos</translation>
    </message>
    <message>
        <source>Listing customers: %1 so far, %2 pages</source>
        <translation>Listando clientes: %1 hasta ahora, %2 páginas</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Cannot send the user ID “%1”: %2</source>
        <translation>No se puede enviar el ID de usuario “%1”: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Agency API key: </source>
        <translation>Clave de API de la agencia: </translation>
    </message>
    <message>
        <source>--key-stdin was given, but standard input was empty.</source>
        <translation>Se indicó --key-stdin, pero la entrada estándar estaba vacía.</translation>
    </message>
    <message>
        <source>No agency API key: give it on the first line of standard input with --key-stdin, in the environment variable TOKENDESK_API_KEY, or with --profile NAME from the keychain. To try TokenDesk without a key, use --demo.</source>
        <translation>Falta la clave de API de la agencia: indíquela en la primera línea de la entrada estándar con --key-stdin, en la variable de entorno TOKENDESK_API_KEY o con --profile NOMBRE desde el llavero del sistema. Para probar TokenDesk sin clave, use --demo.</translation>
    </message>
    <message>
        <source>Give the key with --key-stdin or TOKENDESK_API_KEY instead.</source>
        <translation>Indique la clave con --key-stdin o TOKENDESK_API_KEY en su lugar.</translation>
    </message>
    <message>
        <source>No profiles are saved yet; save one in the TokenDesk window.</source>
        <translation>Todavía no hay perfiles guardados; guarde uno en la ventana de TokenDesk.</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>Perfiles guardados: %1.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>No existe el perfil “%1”.</translation>
    </message>
    <message>
        <source>The profile “%1” does not keep its key in the keychain.</source>
        <translation>El perfil “%1” no guarda su clave en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %L1 (a day), not “%2”.</source>
        <translation>--timeout debe ser un número de segundos mayor que 0 y como máximo %L1 (un día), no “%2”.</translation>
    </message>
    <message>
        <source>Note: the agency API key began with “Bearer ”; TokenDesk adds that itself, so it was left out.</source>
        <translation>Nota: la clave de API de la agencia empezaba por “Bearer ”; TokenDesk ya lo añade, así que se ha quitado.</translation>
    </message>
    <message>
        <source>Ctrl+C (SIGINT)</source>
        <translation>Ctrl+C (SIGINT)</translation>
    </message>
    <message>
        <source>The output could not be written (%1), so the run stopped: nothing more is sent.</source>
        <translation>No se pudo escribir la salida (%1), así que la ejecución se detuvo: no se envía nada más.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers; no token was requested.</source>
        <translation>Interrumpido por %1: la lista de clientes se detuvo tras %2 clientes; no se solicitó ningún token.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers, and those are written out.</source>
        <translation>Interrumpido por %1: la lista de clientes se detuvo tras %2 clientes, que se han escrito en la salida.</translation>
    </message>
    <message>
        <source>Interrupted by %1: %2 of %3 finished and written out, %4 of them with a token.</source>
        <translation>Interrumpido por %1: %2 de %3 terminaron y se escribieron en la salida, %4 de ellos con token.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Not sent or stopped in flight (%1): %2</source>
        <translation>No enviados o detenidos en curso (%1): %2</translation>
    </message>
    <message>
        <source>The output could not be written (%1).</source>
        <translation>No se pudo escribir la salida (%1).</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %Ln customer(s) so far</source>
        <translation>
            <numerusform>Cargando… página %1, %Ln cliente hasta ahora</numerusform>
            <numerusform>Cargando… página %1, %Ln clientes hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the customer list…</source>
        <translation>Cargando la lista de clientes…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>Ningún cliente coincide con el filtro.</translation>
    </message>
    <message>
        <source>No customers loaded yet. Press Load customers to list the agency&apos;s customers, then fetch the tokens of the ones you pick.</source>
        <translation>Todavía no se han cargado clientes. Pulse Cargar clientes para listar los clientes de la agencia y, luego, obtenga los tokens de los que elija.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerLister</name>
    <message>
        <source>Customers listed: %L1.</source>
        <translation>Clientes listados: %L1.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list ended at page %L2, where the server stopped sending new customers.</source>
        <translation>Clientes listados: %L1. La lista terminó en la página %L2, donde el servidor dejó de enviar clientes nuevos.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list may be incomplete: it stopped after %L2 pages, the most TokenDesk reads.</source>
        <translation>Clientes listados: %L1. Puede que la lista esté incompleta: se detuvo tras %L2 páginas, el máximo que lee TokenDesk.</translation>
    </message>
    <message>
        <source>Listing the customers was cancelled; customers listed so far: %L1.</source>
        <translation>Se canceló el listado de clientes; clientes listados hasta ahora: %L1.</translation>
    </message>
    <message>
        <source>The customer list could not be read (page %L1): %2</source>
        <translation>No se pudo leer la lista de clientes (página %L1): %2</translation>
    </message>
    <message>
        <source>Entries without an ID, left out: %L1.</source>
        <translation>Entradas sin ID omitidas: %L1.</translation>
    </message>
    <message>
        <source>Listing the customers stopped because the agency API key was rejected; customers listed so far: %L1.</source>
        <translation>El listado de clientes se detuvo porque se rechazó la clave de API de la agencia; clientes listados hasta ahora: %L1.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerParser</name>
    <message>
        <source>The server&apos;s reply does not hold a customer list in the expected form.</source>
        <translation>La respuesta del servidor no contiene una lista de clientes con el formato esperado.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FailureDetails</name>
    <message>
        <source>Copy failure reasons</source>
        <translation>Copiar los motivos de los fallos</translation>
    </message>
    <message>
        <source>Why %1 failed: %2</source>
        <translation>Por qué falló %1: %2</translation>
    </message>
    <message>
        <source>No row failed.</source>
        <translation>Ninguna fila falló.</translation>
    </message>
    <message numerus="yes">
        <source>Copied why %Ln row(s) failed.</source>
        <translation>
            <numerusform>Se copió por qué falló %Ln fila.</numerusform>
            <numerusform>Se copió por qué fallaron %Ln filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchQueue</name>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>Not sent: the agency API key was rejected.</source>
        <translation>No se envió: se rechazó la clave de API de la agencia.</translation>
    </message>
    <message>
        <source>Not fetched: the server has no partner API at this address (HTTP 404 for another user ID): check the base URL.</source>
        <translation>No se obtuvo: el servidor no tiene ninguna API de socios en esta dirección (HTTP 404 para otro ID de usuario): compruebe la URL base.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::IdFileReader</name>
    <message>
        <source>Line %1: %2 Skipped.</source>
        <translation>Línea %1: %2 Se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has no email; skipped.</source>
        <translation>La línea %1 no tiene correo electrónico; se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has no type; skipped.</source>
        <translation>La línea %1 no tiene tipo; se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has the type “%2”, not AGENT, CUSTOM_USER or CUSTOMER; skipped.</source>
        <translation>La línea %1 tiene el tipo “%2”, no AGENT, CUSTOM_USER ni CUSTOMER; se omitió.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>The file holds no team members.</source>
        <translation>El archivo no contiene miembros del equipo.</translation>
    </message>
    <message>
        <source>The file holds no user IDs.</source>
        <translation>El archivo no contiene IDs de usuario.</translation>
    </message>
    <message>
        <source>Line %1 has fewer columns than the header; skipped.</source>
        <translation>La línea %1 tiene menos columnas que el encabezado; se omitió.</translation>
    </message>
    <message>
        <source>Line %1 has no %2; skipped.</source>
        <translation>La línea %1 no tiene %2; se omitió.</translation>
    </message>
    <message>
        <source>This is UTF-16 text; save the file as UTF-8.</source>
        <translation>Es texto UTF-16; guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds NUL bytes.</source>
        <translation>No es un archivo de texto: contiene bytes NUL.</translation>
    </message>
    <message>
        <source>This is not a text file in UTF-8. If a spreadsheet wrote it, save it as “CSV UTF-8”.</source>
        <translation>No es un archivo de texto en UTF-8. Si lo creó una hoja de cálculo, guárdelo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB, too large for a list of user IDs.</source>
        <translation>El archivo ocupa más de 64 MiB, demasiado para una lista de IDs de usuario.</translation>
    </message>
    <message>
        <source>Line %1 looks like a CSV header, but it has no userId or _id column, nor email and type columns.</source>
        <translation>La línea %1 parece un encabezado CSV, pero no tiene una columna userId ni _id, ni las columnas email y type.</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>La línea %1 tiene una comilla que nunca se cierra.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This looks like UTF-16 text without a byte order mark; save the file as UTF-8.</source>
        <translation>Parece texto UTF-16 sin marca de orden de bytes; guarde el archivo como UTF-8.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPanel</name>
    <message>
        <source>Enter at least one team member&apos;s e-mail.</source>
        <translation>Escriba el correo electrónico de al menos un miembro del equipo.</translation>
    </message>
    <message>
        <source>Enter at least one customer user ID.</source>
        <translation>Escriba al menos un ID de usuario de cliente.</translation>
    </message>
    <message>
        <source>Team mem&amp;ber e-mails:</source>
        <translation>Correos de los &amp;miembros del equipo:</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>&amp;IDs de usuario de los clientes:</translation>
    </message>
    <message>
        <source>Team member e-mails</source>
        <translation>Correos de los miembros del equipo</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>IDs de usuario de los clientes</translation>
    </message>
    <message>
        <source>One e-mail address, or many separated by commas, spaces or new lines.</source>
        <translation>Una dirección de correo electrónico, o varias separadas por comas, espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Un ID de usuario, o varios separados por comas, espacios o saltos de línea. Intro obtiene los tokens; Mayús+Intro inicia una línea nueva.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPolicy</name>
    <message>
        <source>“%1” is not a valid URL. Use the form https://host.</source>
        <translation>“%1” no es una URL válida. Use el formato https://host.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>La URL base no debe contener un nombre de usuario, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>Plain http:// would send the agency key unencrypted; it is only allowed for this computer (localhost). Use https://.</source>
        <translation>Con http:// simple, la clave de agencia se enviaría sin cifrar; solo se permite para este equipo (localhost). Use https://.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>La URL base debe empezar por https://.</translation>
    </message>
    <message>
        <source>Enter the agency API key.</source>
        <translation>Escriba la clave de API de la agencia.</translation>
    </message>
    <message>
        <source>The agency API key contains a line break or another control character. Paste the key again.</source>
        <translation>La clave de API de la agencia contiene un salto de línea u otro carácter de control. Vuelva a pegar la clave.</translation>
    </message>
    <message>
        <source>The agency API key contains characters that cannot be sent in an HTTP header. Paste the key again.</source>
        <translation>La clave de API de la agencia contiene caracteres que no se pueden enviar en un encabezado HTTP. Vuelva a pegar la clave.</translation>
    </message>
    <message>
        <source>The user ID is empty.</source>
        <translation>El ID de usuario está vacío.</translation>
    </message>
    <message>
        <source>The user ID contains a control character.</source>
        <translation>El ID de usuario contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>La dirección de correo electrónico está vacía.</translation>
    </message>
    <message>
        <source>The e-mail address contains a control character.</source>
        <translation>La dirección de correo electrónico contiene un carácter de control.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation>Una dirección de correo electrónico necesita una @.</translation>
    </message>
    <message>
        <source>The base URL&apos;s port must be from 1 to 65535, not 0.</source>
        <translation>El puerto de la URL base debe estar entre 1 y 65535, no 0.</translation>
    </message>
    <message>
        <source>The agency API key is %L1 characters long, more than the %L2 an agency key can be. Paste the key again.</source>
        <translation>La clave de API de la agencia tiene %L1 caracteres, más de los %L2 que puede tener una clave de agencia. Vuelva a pegar la clave.</translation>
    </message>
    <message>
        <source>The user ID is %L1 characters long, more than the %L2 a user ID can be.</source>
        <translation>El ID de usuario tiene %L1 caracteres, más de los %L2 que puede tener un ID de usuario.</translation>
    </message>
    <message>
        <source>The user ID contains an invisible character (U+%1) inside it; type the ID again.</source>
        <translation>El ID de usuario contiene un carácter invisible (U+%1) en su interior; vuelva a escribir el ID.</translation>
    </message>
    <message>
        <source>The e-mail address is %L1 characters long, more than the %L2 an address can be.</source>
        <translation>La dirección de correo electrónico tiene %L1 caracteres, más de los %L2 que puede tener una dirección.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key is kept in memory for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Instale e inicie un Secret Service, como GNOME Keyring o KWallet; mientras tanto, la clave se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1); until it can, the key is kept in memory for this session only.</source>
        <translation>No se pudo usar el llavero del sistema (%1); mientras no se pueda, la clave se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No agency key is stored in the keychain for the profile “%1”.</source>
        <translation>No hay ninguna clave de agencia guardada en el llavero del sistema para el perfil “%1”.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused; until it is allowed, the key is kept in memory for this session only.</source>
        <translation>Se denegó el acceso al llavero del sistema; mientras no se permita, la clave se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>There is no key to store.</source>
        <translation>No hay ninguna clave que guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %Ln second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %Ln segundo; puede que esté esperando una solicitud de contraseña. Desbloquéelo e inténtelo de nuevo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %Ln segundos; puede que esté esperando una solicitud de contraseña. Desbloquéelo e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>Cleared the copied token from the clipboard.</source>
        <translation>Se borró del portapapeles el token copiado.</translation>
    </message>
    <message>
        <source>The system did not let TokenDesk clear the clipboard: the token may still be on it.</source>
        <translation>El sistema no permitió a TokenDesk borrar el portapapeles: puede que el token siga en él.</translation>
    </message>
    <message>
        <source>TokenDesk — demo mode</source>
        <translation>TokenDesk — modo de demostración</translation>
    </message>
    <message>
        <source>Demo mode: press Fetch tokens to try the sample customers.</source>
        <translation>Modo de demostración: pulse Obtener tokens para probar con los clientes de ejemplo.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln token(s)…</source>
        <translation>
            <numerusform>Obteniendo %Ln token…</numerusform>
            <numerusform>Obteniendo %Ln tokens…</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Sin llavero del sistema</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Temporizador del portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %Ln s</source>
        <translation>
            <numerusform>El portapapeles se borra en %Ln s</numerusform>
            <numerusform>El portapapeles se borra en %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Fetch the tokens of the IDs entered above (%1)</source>
        <translation>Obtener los tokens de los IDs escritos arriba (%1)</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>Tokens obtenidos</translation>
    </message>
    <message>
        <source>Those user IDs are already in the table or on their way; Retry failed sends the failed ones again.</source>
        <translation>Esos ID de usuario ya están en la tabla o en camino; Reintentar fallidos vuelve a enviar los que fallaron.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln new token(s); the other user IDs are already in the table or on their way.</source>
        <translation>
            <numerusform>Obteniendo %Ln token nuevo; los demás ID de usuario ya están en la tabla o en camino.</numerusform>
            <numerusform>Obteniendo %Ln tokens nuevos; los demás ID de usuario ya están en la tabla o en camino.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server closed the connection before it finished answering.</source>
        <translation>El servidor cerró la conexión antes de terminar de responder.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL and the network.</source>
        <translation>No se encontró el nombre del servidor. Compruebe la URL base y la red.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>No se pudo establecer la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>No se pudo usar el servidor proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere TokenDesk will not follow.</source>
        <translation>El servidor redirigió la solicitud a un destino al que TokenDesk no la seguirá.</translation>
    </message>
    <message>
        <source>The server&apos;s reply broke the HTTP protocol.</source>
        <translation>La respuesta del servidor no respetó el protocolo HTTP.</translation>
    </message>
    <message>
        <source>The request failed because of a network problem.</source>
        <translation>La solicitud falló por un problema de red.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is self-signed or its issuer is unknown. If a corporate TLS proxy or a test server issued it, trust that CA certificate.</source>
        <translation>El certificado del servidor no es de confianza: está autofirmado o su emisor es desconocido. Si lo emitió un proxy TLS corporativo o un servidor de pruebas, confíe en ese certificado de CA.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor ha caducado o todavía no es válido. Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another host name than the base URL&apos;s.</source>
        <translation>El certificado del servidor pertenece a un nombre de host distinto del de la URL base.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Se rechazó el certificado del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>No reply from the server within %Ln second(s).</source>
        <translation>
            <numerusform>No hubo respuesta del servidor en %Ln segundo.</numerusform>
            <numerusform>No hubo respuesta del servidor en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1, far more than a token needs; it was dropped.</source>
        <translation>La respuesta del servidor superaba %1, mucho más de lo que necesita un token; se descartó.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PartnerApi</name>
    <message>
        <source>Enter the agency API key first.</source>
        <translation>Escriba primero la clave de API de la agencia.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file “%1”: %2.</source>
        <translation>No se puede leer el archivo de certificados de CA “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>“%1” no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Customer list pages are numbered from 1.</source>
        <translation>Las páginas de la lista de clientes se numeran a partir de 1.</translation>
    </message>
    <message>
        <source>A page of the customer list was larger than %1; it was dropped.</source>
        <translation>Una página de la lista de clientes superaba %1; se descartó.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileController</name>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>Se abrió el perfil “%1”.</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it.</source>
        <translation>No hay ninguna clave guardada para “%1”: escríbala.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Se guardó el perfil “%1”.</translation>
    </message>
    <message>
        <source>The key of “%1” is in the system keychain.</source>
        <translation>La clave de “%1” está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1” and its stored key.</source>
        <translation>Se eliminaron el perfil “%1” y su clave guardada.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters long.</source>
        <translation>El nombre de un perfil puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”.</source>
        <translation>El nombre de un perfil no puede contener “/”.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control or invisible characters.</source>
        <translation>El nombre de un perfil no puede contener caracteres de control ni invisibles.</translation>
    </message>
    <message>
        <source>A profile name cannot begin or end with a space.</source>
        <translation>El nombre de un perfil no puede empezar ni terminar con un espacio.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReplyParser</name>
    <message>
        <source>The server said: “%1”</source>
        <translation>El servidor respondió: “%1”</translation>
    </message>
    <message>
        <source>The agency API key was rejected (HTTP %1). Check the key and try again.</source>
        <translation>Se rechazó la clave de API de la agencia (HTTP %1). Compruebe la clave e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server has no customer list at this address (HTTP %1). Check the base URL.</source>
        <translation>El servidor no tiene ninguna lista de clientes en esta dirección (HTTP %1). Compruebe la URL base.</translation>
    </message>
    <message>
        <source>No customer with this user ID.</source>
        <translation>No hay ningún cliente con este ID de usuario.</translation>
    </message>
    <message>
        <source>Too many requests: the server asked TokenDesk to slow down.</source>
        <translation>Demasiadas solicitudes: el servidor pidió a TokenDesk que fuera más despacio.</translation>
    </message>
    <message>
        <source>The BotPenguin server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor de BotPenguin tuvo un problema (HTTP %1). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept this request (HTTP %1).</source>
        <translation>El servidor no aceptó esta solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected reply from the server (HTTP %1).</source>
        <translation>Respuesta inesperada del servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of data.</source>
        <translation>El servidor envió una página web en lugar de datos.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON.</source>
        <translation>La respuesta del servidor no es JSON válido.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no success flag.</source>
        <translation>La respuesta del servidor no tiene indicador de éxito.</translation>
    </message>
    <message>
        <source>The server refused the request without saying why.</source>
        <translation>El servidor rechazó la solicitud sin indicar el motivo.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not hold a token in the expected form.</source>
        <translation>La respuesta del servidor no contiene un token con el formato esperado.</translation>
    </message>
    <message>
        <source>The server has no partner API at this address (HTTP 404): check the base URL.</source>
        <translation>El servidor no tiene ninguna API de socios en esta dirección (HTTP 404): compruebe la URL base.</translation>
    </message>
    <message>
        <source>The server has no partner API at %1 (HTTP 404): check the base URL.</source>
        <translation>El servidor no tiene ninguna API de socios en %1 (HTTP 404): compruebe la URL base.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RetryPolicy</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %Ln second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>El servidor pidió a TokenDesk esperar %Ln segundo antes de volver a intentarlo, más de los %1 segundos que TokenDesk espera. Inténtelo de nuevo más tarde.</numerusform>
            <numerusform>El servidor pidió a TokenDesk esperar %Ln segundos antes de volver a intentarlo, más de los %1 segundos que TokenDesk espera. Inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Session</name>
    <message>
        <source>The work running now keeps the agency API key it started with: cancel it or let it finish, then use the new key.</source>
        <translation>El trabajo en curso conserva la clave de API de la agencia con la que empezó: cancélelo o deje que termine y luego use la clave nueva.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Fetch, in the user ID or key field</source>
        <translation>Obtener, en el campo de IDs de usuario o de clave</translation>
    </message>
    <message>
        <source>Start a new line in the user ID field</source>
        <translation>Iniciar una línea nueva en el campo de IDs de usuario</translation>
    </message>
    <message>
        <source>Show or hide one token</source>
        <translation>Mostrar u ocultar un token</translation>
    </message>
    <message>
        <source>Double-click the token</source>
        <translation>Doble clic en el token</translation>
    </message>
    <message>
        <source>Fetch the selected customers&apos; tokens</source>
        <translation>Obtener los tokens de los clientes seleccionados</translation>
    </message>
    <message>
        <source>%1 or double-click</source>
        <translation>%1 o doble clic</translation>
    </message>
    <message>
        <source>Open the context menu of the tokens table</source>
        <translation>Abrir el menú contextual de la tabla de tokens</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Pestaña siguiente o anterior</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Elemento siguiente o anterior de la ventana</translation>
    </message>
    <message>
        <source>Go to the menu or field of an underlined letter</source>
        <translation>Ir al menú o al campo de una letra subrayada</translation>
    </message>
    <message>
        <source>%1 and the underlined letter</source>
        <translation>%1 y la letra subrayada</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenExport</name>
    <message>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2</source>
        <translation>No se pudo hacer privado %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenForgetter</name>
    <message>
        <source>Tokens forgotten: TokenDesk was not used for a while.</source>
        <translation>Tokens olvidados: TokenDesk no se usó durante un tiempo.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the screen was locked.</source>
        <translation>Tokens olvidados: se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the computer was going to sleep.</source>
        <translation>Tokens olvidados: el equipo iba a entrar en suspensión.</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <extracomment>Fetches the tokens that were forgotten for safety (idle time, screen lock, sleep).</extracomment>
        <translation>Obtener de &amp;nuevo</translation>
    </message>
    <message>
        <source>Fetch the tokens that were forgotten for safety</source>
        <translation>Obtener los tokens que se olvidaron por seguridad</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Obtener de nuevo</translation>
    </message>
    <message>
        <source>%1 The system did not let TokenDesk clear the clipboard: the token may still be on it. TokenDesk tries again when its window is active.</source>
        <extracomment>%1 is why the tokens were forgotten, e.g. &quot;Tokens forgotten: the screen was locked.&quot;</extracomment>
        <translation>%1 El sistema no permitió que TokenDesk vaciara el portapapeles: puede que el token siga en él. TokenDesk lo intentará de nuevo cuando su ventana esté activa.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenTableModel</name>
    <message>
        <source>Queued</source>
        <extracomment>A row&apos;s state: its token is waiting to be fetched.</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Obteniendo…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it works.</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it was switched off.</extracomment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A row&apos;s state: fetching its token failed.</extracomment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Column header above each row&apos;s copy button.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this token to the clipboard</source>
        <translation>Copiar este token al portapapeles</translation>
    </message>
    <message>
        <source>Hidden token ending in %1</source>
        <translation>Token oculto que termina en %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Column header: the customer&apos;s API token (a secret).</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column header: the date and time the token was fetched.</extracomment>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>TokenDesk forgot this token for safety. Fetch again fetches it.</source>
        <translation>TokenDesk olvidó este token por seguridad. Obtener de nuevo lo vuelve a obtener.</translation>
    </message>
    <message>
        <source>Forgotten for safety</source>
        <extracomment>In the token column: the token was dropped from memory (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>Olvidado por seguridad</translation>
    </message>
    <message>
        <source>TokenDesk stopped fetching this token when it forgot the tokens for safety. Fetch again fetches it.</source>
        <translation>TokenDesk dejó de obtener este token cuando olvidó los tokens por seguridad. «Obtener de nuevo» lo obtiene.</translation>
    </message>
    <message>
        <source>Not fetched: stopped when the tokens were forgotten</source>
        <extracomment>In the token column: the token was still being fetched when the tokens were forgotten (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>No obtenido: se detuvo al olvidar los tokens</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Ninguna fila coincide con el filtro.</translation>
    </message>
    <message>
        <source>No tokens yet. Enter the agency API key and customer user IDs above, then press Fetch tokens (%1). You can also import a file of user IDs (%2), or pick customers on the Customer list tab.</source>
        <translation>Todavía no hay tokens. Escriba arriba la clave de API de la agencia y los IDs de usuario de los clientes y, luego, pulse Obtener tokens (%1). También puede importar un archivo de IDs de usuario (%2) o elegir clientes en la pestaña Lista de clientes.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Export tokens</source>
        <translation>Exportar tokens</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>El archivo contendrá %Ln fila con su token en texto sin cifrar. Cualquiera que pueda leer el archivo podrá usar el token. ¿Exportar?</numerusform>
            <numerusform>El archivo contendrá %Ln filas con sus tokens en texto sin cifrar. Cualquiera que pueda leer el archivo podrá usar los tokens. ¿Exportar?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1, un archivo que solo usted puede leer.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1, un archivo que solo usted puede leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>Importar IDs de usuario</translation>
    </message>
    <message>
        <source>Lists and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas y archivos CSV (*.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped</source>
        <translation>Se omitieron algunas líneas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>%Ln línea no se pudo usar; se están obteniendo los demás IDs.</numerusform>
            <numerusform>%Ln líneas no se pudieron usar; se están obteniendo los demás IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row with a token to copy.</source>
        <translation>Seleccione una fila con un token para copiarlo.</translation>
    </message>
    <message>
        <source>Copied the user ID and token for %1.</source>
        <translation>Se copiaron el ID de usuario y el token de %1.</translation>
    </message>
    <message>
        <source>Copied the token for %1.</source>
        <translation>Se copió el token de %1.</translation>
    </message>
    <message>
        <source>Select a row to copy its token.</source>
        <translation>Seleccione una fila para copiar su token.</translation>
    </message>
    <message>
        <source>There is no token to copy for %1.</source>
        <translation>No hay ningún token que copiar de %1.</translation>
    </message>
    <message>
        <source>Cleared the table: no token is kept in memory.</source>
        <translation>Se vació la tabla: no queda ningún token en memoria.</translation>
    </message>
    <message>
        <source>Nothing was exported: tokens were forgotten for safety while the export was being set up. Fetch them again, then export.</source>
        <translation>No se exportó nada: los tokens se olvidaron por seguridad mientras se preparaba la exportación. Obténgalos de nuevo y luego exporte.</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Filter by user ID, customer or error</source>
        <translation>Filtrar por ID de usuario, cliente o error</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrar tokens</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>Tokens obtenidos</translation>
    </message>
    <message>
        <source>Tokens are masked. Enter or a double-click shows the current row&apos;s token; Ctrl+C copies it.</source>
        <translation>Los tokens están ocultos. Intro o un doble clic muestra el token de la fila actual; Ctrl+C lo copia.</translation>
    </message>
    <message>
        <source>Why the row failed</source>
        <translation>Por qué falló la fila</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fetch BotPenguin customers&apos; API tokens.</source>
        <translation>Obtiene los tokens de API de los clientes de BotPenguin.</translation>
    </message>
    <message>
        <source>Try TokenDesk against its built-in sandbox.</source>
        <translation>Probar TokenDesk con su entorno de pruebas integrado.</translation>
    </message>
    <message>
        <source>The partner API&apos;s address (https://, or http:// for localhost). Overrides TOKENDESK_BASE_URL.</source>
        <translation>La dirección de la API para socios (https://, o http:// para localhost). Tiene prioridad sobre TOKENDESK_BASE_URL.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error, with the key and tokens shown as ***.</source>
        <translation>Describir cada solicitud y respuesta en la salida de error estándar, con la clave y los tokens mostrados como ***.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>El entorno de pruebas de la demostración no pudo escuchar en un puerto de bucle local.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="66"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="67"/>
        <source>Staff accounts and settings. Only administrators see this area.</source>
        <translation>Cuentas del personal y ajustes. Solo las cuentas de administrador ven esta sección.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="75"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="77"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="91"/>
        <source>Only administrators can open this area. Ask an administrator for help.</source>
        <translation>Solo una cuenta de administrador puede abrir esta sección. Pida ayuda a quien administra el programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="116"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="118"/>
        <location filename="../../src/coworking/gui/pages/admin.py" line="209"/>
        <location filename="../../src/coworking/gui/pages/admin.py" line="222"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="133"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="135"/>
        <source>Minutes without activity before locking</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="136"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="140"/>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Bloquear la pantalla tras:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="146"/>
        <source>Applies to every station that uses this database.</source>
        <translation>Se aplica a todas las estaciones que usan esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="156"/>
        <source>Lan&amp;guage of this station:</source>
        <translation>&amp;Idioma de esta estación:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="162"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se abra el programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="209"/>
        <location filename="../../src/coworking/gui/pages/admin.py" line="227"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="222"/>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="224"/>
        <source>{name} ({username}) will no longer be able to sign in. Continue?</source>
        <translation>{name} ({username}) ya no podrá iniciar sesión. ¿Desea continuar?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="227"/>
        <source>Activate account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="228"/>
        <source>{name} ({username}) will be able to sign in again. Continue?</source>
        <translation>{name} ({username}) podrá volver a iniciar sesión. ¿Desea continuar?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/admin.py" line="249"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/coworking/gui/app.py" line="122"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/app.py" line="123"/>
        <source>Something went wrong and the last action may not have been saved. Try again; if it happens again, tell the person in charge of the program.</source>
        <translation>Algo salió mal y es posible que la última acción no se haya guardado. Inténtelo de nuevo; si vuelve a ocurrir, avise a la persona responsable del programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/app.py" line="188"/>
        <source>The program cannot start because the database could not be opened or updated. Check the network connection or the database file and try again; if the problem continues, tell the person in charge of the program.</source>
        <translation>El programa no puede iniciar porque no se pudo abrir o actualizar la base de datos. Revise la conexión de red o el archivo de la base de datos e inténtelo de nuevo; si el problema continúa, avise a la persona responsable del programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/app.py" line="196"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>CantonCombo</name>
    <message>
        <location filename="../../src/coworking/gui/canton_combo.py" line="83"/>
        <source>Type to search, e.g. Manta</source>
        <translation>Escriba para buscar, p. ej. Manta</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="197"/>
        <source>Check and import</source>
        <translation>Revisar e importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="202"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="202"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="202"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="206"/>
        <source>Save the &amp;list of problems…</source>
        <translation>Guardar la &amp;lista de problemas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="208"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="228"/>
        <source>Imported: %1 people. Already registered: %2. With problems: %3.</source>
        <translation>Importadas: %1 personas. Ya registradas: %2. Con problemas: %3.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="236"/>
        <source>%1 rows read: %2 can be imported, %3 are already registered, %4 have problems (listed below; they will not be imported).</source>
        <translation>%1 filas leídas: %2 se pueden importar, %3 ya están registradas, %4 tienen problemas (abajo; no se importarán).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="258"/>
        <source>Save the list of problems</source>
        <translation>Guardar la lista de problemas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="267"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="278"/>
        <source>Importing people</source>
        <translation>Importando personas</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="119"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="122"/>
        <source>Check which field each column fills. Columns set to “Do not import” are left out.</source>
        <translation>Revise qué dato llena cada columna. Las columnas con «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="127"/>
        <source>&amp;Save this correspondence…</source>
        <translation>&amp;Guardar esta correspondencia…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="144"/>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="149"/>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="152"/>
        <source>Cédula number</source>
        <translation>Número de cédula</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="153"/>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="181"/>
        <source>Save correspondence</source>
        <translation>Guardar correspondencia</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/coworking/gui/duplicates_dialog.py" line="24"/>
        <source>Maybe already registered</source>
        <translation>Quizá ya está registrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_dialog.py" line="27"/>
        <source>These people look like the one you are registering. Open one to check, or confirm that this is another person.</source>
        <translation>Estas personas se parecen a la que está registrando. Abra una para comprobarlo, o confirme que es otra persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_dialog.py" line="41"/>
        <source>&amp;Open this record</source>
        <translation>&amp;Abrir este registro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_dialog.py" line="44"/>
        <source>It is &amp;another person</source>
        <translation>Es &amp;otra persona</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="70"/>
        <source>Choose the spreadsheet</source>
        <translation>Elija la hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="73"/>
        <source>CSV (comma or semicolon, UTF-8 or as Excel saves it) or Excel .xlsx. The first row must hold the column names.</source>
        <translation>CSV (con comas o punto y coma, en UTF-8 o como lo guarda Excel) o Excel .xlsx. La primera fila debe tener los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="79"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="94"/>
        <source>Spreadsheet to import</source>
        <translation>Hoja de cálculo para importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="94"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="59"/>
        <source>Welcome, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="67"/>
        <source>People registered</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="68"/>
        <source>Entrepreneurs</source>
        <translation>Personas emprendedoras</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="69"/>
        <source>Job fairs and workshops</source>
        <translation>Ferias de empleo y talleres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="70"/>
        <source>Co-working visits today</source>
        <translation>Visitas al coworking hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="79"/>
        <source>Working from the keyboard</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="81"/>
        <source>Ctrl+1 to Ctrl+8 move between the areas listed on the left.</source>
        <translation>Ctrl+1 a Ctrl+8 cambian entre las secciones de la izquierda.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="82"/>
        <source>Ctrl+L locks the screen when you leave the desk; Ctrl+Q quits.</source>
        <translation>Ctrl+L bloquea la pantalla cuando se aleja del escritorio; Ctrl+Q cierra el programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="83"/>
        <source>The screen also locks by itself after some minutes without activity.</source>
        <translation>La pantalla también se bloquea sola tras unos minutos sin actividad.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="90"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="92"/>
        <source>Ask for consent and record only the data that is needed.</source>
        <translation>Pida el consentimiento y registre solo los datos necesarios.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="93"/>
        <source>Never send lists of people by message or e-mail; use the exports.</source>
        <translation>No envíe listas de personas por mensaje ni por correo; use las exportaciones.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="95"/>
        <source>Information about migrants and refugees is sensitive: handle it with care.</source>
        <translation>La información de personas migrantes y refugiadas es sensible: trátela con cuidado.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="45"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="126"/>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="130"/>
        <source>Signed in as {name}. Type your password to continue.</source>
        <translation>Sesión de {name}. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="140"/>
        <location filename="../../src/coworking/gui/lock.py" line="141"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="148"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="151"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="190"/>
        <source>Incorrect password. Try again, or sign out.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo o cierre la sesión.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/coworking/gui/login.py" line="36"/>
        <source>Co-working and job fairs</source>
        <translation>Coworking y ferias de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/login.py" line="57"/>
        <source>Type your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/login.py" line="62"/>
        <source>Incorrect username or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="14"/>
        <location filename="../../ui/login_dialog.ui" line="61"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="93"/>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="110"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="180"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="131"/>
        <source>Areas of the program</source>
        <translation>Secciones del programa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="143"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="150"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="153"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="163"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="174"/>
        <source>&amp;About Coworking</source>
        <translation>&amp;Acerca de Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="198"/>
        <source>Only administrators can open this area.</source>
        <translation>Solo una cuenta de administrador puede abrir esta sección.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="251"/>
        <source>About Coworking</source>
        <translation>Acerca de Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="253"/>
        <source>&lt;h3&gt;Coworking {version}&lt;/h3&gt;&lt;p&gt;Co-working spaces and job fairs for municipalities in Ecuador: registration, bookings, check-in, badges, reports and exports.&lt;/p&gt;&lt;p&gt;Personal data is protected as the LOPDP requires: every change is audited.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coworking {version}&lt;/h3&gt;&lt;p&gt;Espacios de coworking y ferias de empleo para municipios del Ecuador: registro de personas, reservas, registro de entrada, credenciales, reportes y exportaciones.&lt;/p&gt;&lt;p&gt;Los datos personales se protegen como exige la LOPDP: cada cambio queda en el registro de auditoría.&lt;/p&gt;&lt;p&gt;Software libre bajo la licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="25"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="26"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="27"/>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="28"/>
        <source>Job fairs</source>
        <translation>Ferias de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="29"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="30"/>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="31"/>
        <source>Synchronization</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="35"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/coworking/gui/people_model.py" line="108"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/people_model.py" line="109"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/people_model.py" line="110"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/people_model.py" line="111"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/people_model.py" line="112"/>
        <source>Canton</source>
        <translation>Cantón</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="37"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="39"/>
        <source>Everyone registered at this space and its job fairs. Search by name, document or phone, in any order.</source>
        <translation>Todas las personas registradas en este espacio y en sus ferias de empleo. Busque por nombre, documento o teléfono, en cualquier orden.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="48"/>
        <source>Search: e.g. nunez jose, 0991234567…</source>
        <translation>Buscar: p. ej. nuñez jose, 0991234567…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="51"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="52"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="55"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="58"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Unir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="60"/>
        <source>Select two records of the same person (Ctrl+click)</source>
        <translation>Seleccione dos registros de la misma persona (Ctrl+clic)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/people.py" line="100"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="120"/>
        <location filename="../../src/coworking/gui/pages/people.py" line="129"/>
        <location filename="../../src/coworking/gui/pages/people.py" line="145"/>
        <source>Merge records</source>
        <translation>Unir registros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="121"/>
        <source>Select exactly two records of the same person (Ctrl+click), then Merge.</source>
        <translation>Seleccione exactamente dos registros de la misma persona (Ctrl+clic) y luego Unir.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="131"/>
        <source>Keep “%1” and fold “%2” into it? Visits, registrations and consents move to the kept record; the other stays in the history as merged.</source>
        <translation>¿Conservar «%1» y unir a él «%2»? Las visitas, inscripciones y consentimientos pasan al registro que se conserva; el otro queda en el historial como unido.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="87"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="90"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="90"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="90"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="96"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="127"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="129"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="142"/>
        <source>Cédula</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="143"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="144"/>
        <source>Refugee document</source>
        <translation>Documento de refugiado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="145"/>
        <source>Visa or permit</source>
        <translation>Visa o permiso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="146"/>
        <location filename="../../src/coworking/gui/person_form.py" line="158"/>
        <location filename="../../src/coworking/gui/person_form.py" line="169"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="147"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="156"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="157"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="159"/>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="165"/>
        <source>Host community</source>
        <translation>Comunidad de acogida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="166"/>
        <source>Migrant or refugee in destination</source>
        <translation>Migrante o refugiado en destino</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="167"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="168"/>
        <source>Returnee</source>
        <translation>Retornado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="256"/>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirar consentimiento…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="263"/>
        <source>Edit person · member code %1</source>
        <translation>Editar persona · código de socio %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="289"/>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="290"/>
        <source>What does the person withdraw?</source>
        <translation>¿Qué retira la persona?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="294"/>
        <source>Statistics and contact only</source>
        <translation>Solo estadísticas y contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="296"/>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="340"/>
        <source>Write the date as dd/mm/yyyy, e.g. 04/03/1990.</source>
        <translation>Escriba la fecha como dd/mm/aaaa, p. ej. 04/03/1990.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="357"/>
        <source>Write the business name.</source>
        <translation>Escriba el nombre del emprendimiento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="360"/>
        <source>Without consent for registration the data cannot be saved.</source>
        <translation>Sin consentimiento para el registro no se pueden guardar los datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="407"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="415"/>
        <source>Already registered</source>
        <translation>Ya está registrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="418"/>
        <source>Open the existing record</source>
        <translation>Abrir el registro existente</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="420"/>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="454"/>
        <location filename="../../src/coworking/gui/person_form.py" line="486"/>
        <source>the front desk</source>
        <translation>la recepción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="456"/>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="461"/>
        <source>Save as &amp;PDF to print…</source>
        <translation>Guardar como &amp;PDF para imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="467"/>
        <source>Read it to the person, or give them the printed copy.</source>
        <translation>Léalo a la persona, o entréguele la copia impresa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="480"/>
        <source>Save the consent text</source>
        <translation>Guardar el texto del consentimiento</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.ui" line="6"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="13"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="21"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="41"/>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="61"/>
        <source>&amp;Document type:</source>
        <translation>Tipo de &amp;documento:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="81"/>
        <source>Document &amp;number:</source>
        <translation>Nú&amp;mero de documento:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="101"/>
        <source>N&amp;ationality:</source>
        <translation>Na&amp;cionalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="121"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="141"/>
        <source>&amp;Birth date:</source>
        <translation>Fecha de nacim&amp;iento:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="149"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="161"/>
        <source>&amp;Population group:</source>
        <translation>&amp;Grupo poblacional:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="181"/>
        <source>Disa&amp;bility:</source>
        <translation>Disca&amp;pacidad:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="189"/>
        <source>Optional, only if the person wants to say</source>
        <translation>Opcional, solo si la persona quiere decirlo</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="209"/>
        <source>Contact and residence</source>
        <translation>Contacto y residencia</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="217"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="225"/>
        <source>0991234567</source>
        <translation>0991234567</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="237"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="245"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="257"/>
        <source>&amp;Canton:</source>
        <translation>Cant&amp;ón:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="277"/>
        <source>Ed&amp;ucation:</source>
        <translation>Ed&amp;ucación:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="300"/>
        <source>Entrepreneur profile</source>
        <translation>Emprendimiento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="308"/>
        <source>B&amp;usiness name:</source>
        <translation>Nom&amp;bre del negocio:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="328"/>
        <source>Sec&amp;tor (CIIU):</source>
        <translation>Sec&amp;tor (CIIU):</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="348"/>
        <source>Sta&amp;ge:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="368"/>
        <source>Descr&amp;iption:</source>
        <translation>Desc&amp;ripción:</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="376"/>
        <source>What the business does, in a few words</source>
        <translation>Qué hace el negocio, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="391"/>
        <source>Consent (read the text to the person)</source>
        <translation>Consentimiento (lea el texto a la persona)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="393"/>
        <source>Registration and services (required)</source>
        <translation>Registro y servicios (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="394"/>
        <source>Statistics for the municipality, without name or document</source>
        <translation>Estadísticas para el municipio, sin nombre ni documento</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="395"/>
        <source>Contact about jobs and activities</source>
        <translation>Contacto sobre empleo y actividades</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="397"/>
        <source>Show the consent &amp;text…</source>
        <translation>Ver el &amp;texto del consentimiento…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="18"/>
        <source>Register entrepreneurs and job seekers with their consent, keeping only the data that is needed.</source>
        <translation>Registro de personas emprendedoras y que buscan empleo, con su consentimiento y solo con los datos necesarios.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="24"/>
        <source>Search by name, document or member code</source>
        <translation>Búsqueda por nombre, documento o código de membresía</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="27"/>
        <source>Consent recorded for each purpose</source>
        <translation>Consentimiento registrado para cada finalidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="28"/>
        <source>Correction and deletion on request (LOPDP)</source>
        <translation>Rectificación y eliminación a pedido de la persona (LOPDP)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="34"/>
        <source>Desks and meeting rooms: bookings, check-in and check-out.</source>
        <translation>Escritorios y salas de reuniones: reservas, entradas y salidas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="38"/>
        <source>Daily occupancy board</source>
        <translation>Tablero de ocupación del día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="39"/>
        <source>Bookings of desks and meeting rooms</source>
        <translation>Reservas de escritorios y salas de reuniones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="42"/>
        <source>Check-in and check-out with the barcode scanner</source>
        <translation>Registro de entrada y salida con el lector de códigos de barras</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="48"/>
        <source>Job fairs and workshops: pre-registration, check-in at the door, booth visits and hiring outcomes.</source>
        <translation>Ferias de empleo y talleres: preinscripción, registro de entrada en la puerta, visitas a los stands y resultados de contratación.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="54"/>
        <source>Import of pre-registrations</source>
        <translation>Importación de preinscripciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="55"/>
        <source>Fast check-in at the door with the scanner</source>
        <translation>Registro rápido en la puerta con el lector</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="58"/>
        <source>Interviews and hiring follow-up</source>
        <translation>Entrevistas y seguimiento de contrataciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="62"/>
        <source>Badges with a barcode for participants, employers and staff, printed on the spot.</source>
        <translation>Credenciales con código de barras para participantes, empresas y personal, impresas en el momento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="67"/>
        <source>All the badges of an event in one PDF</source>
        <translation>Todas las credenciales de un evento en un solo PDF</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="70"/>
        <source>A4, Letter, label and ID card formats</source>
        <translation>Formatos A4, carta, etiquetas y tarjetas de identificación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="73"/>
        <source>Reprint of a single badge</source>
        <translation>Reimpresión de una credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="77"/>
        <source>Attendance summaries by sex, age, nationality and population group.</source>
        <translation>Resúmenes de asistencia por sexo, edad, nacionalidad y grupo de población.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="82"/>
        <source>Attendance summary in PDF</source>
        <translation>Resumen de asistencia en PDF</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="83"/>
        <source>Filters by dates, site and event</source>
        <translation>Filtros por fechas, sede y evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="84"/>
        <source>Charts ready to print</source>
        <translation>Gráficos listos para imprimir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="88"/>
        <source>Exports for the municipality and several stations working on one database.</source>
        <translation>Exportaciones para el municipio y varias estaciones trabajando sobre una misma base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="93"/>
        <source>Incremental CSV exports with a manifest</source>
        <translation>Exportaciones CSV incrementales con manifiesto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="96"/>
        <source>Pseudonymised personal data by default</source>
        <translation>Datos personales seudonimizados por defecto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="99"/>
        <source>A shared PostgreSQL server for several stations</source>
        <translation>Un servidor PostgreSQL compartido por varias estaciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="127"/>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="130"/>
        <source>This area is on its way. It will bring:</source>
        <translation>Esta sección está en preparación. Incluirá:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/placeholder.py" line="142"/>
        <source>Meanwhile, the rest of the program works as usual.</source>
        <translation>Mientras tanto, el resto del programa funciona con normalidad.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="87"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="88"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="89"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/coworking/gui/setup_wizard.py" line="69"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="14"/>
        <source>First-time setup</source>
        <translation>Configuración inicial</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="61"/>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="71"/>
        <source>Before you start, tell us which space this computer serves and create the first administrator account. You can add more accounts later.</source>
        <translation>Antes de empezar, indique a qué espacio sirve este computador y cree la primera cuenta de administrador. Podrá añadir más cuentas después.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="88"/>
        <source>This space</source>
        <translation>Este espacio</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="103"/>
        <source>Space &amp;name:</source>
        <translation>&amp;Nombre del espacio:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="121"/>
        <source>e.g. Coworking Manta</source>
        <translation>p. ej. Coworking Manta</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="143"/>
        <source>Can&amp;ton:</source>
        <translation>Can&amp;tón:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="179"/>
        <source>First administrator account</source>
        <translation>Primera cuenta de administrador</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="194"/>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="212"/>
        <source>e.g. ana.perez</source>
        <translation>p. ej. ana.perez</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="234"/>
        <source>Full na&amp;me:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="271"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="289"/>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="311"/>
        <source>C&amp;onfirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="379"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="389"/>
        <source>C&amp;reate and continue</source>
        <translation>C&amp;rear y continuar</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/coworking/gui/tasks.py" line="87"/>
        <source>A file could not be read or written (%1). Check the file and try again.</source>
        <translation>No se pudo leer o escribir un archivo (%1). Revise el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/tasks.py" line="90"/>
        <source>Something went wrong and the task did not finish. Try again; if it happens again, tell the person in charge of the program.</source>
        <translation>Algo salió mal y la tarea no terminó. Inténtelo de nuevo; si vuelve a ocurrir, avise a la persona responsable del programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/tasks.py" line="277"/>
        <source>The task did not finish</source>
        <translation>La tarea no terminó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/tasks.py" line="320"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/coworking/gui/pages/user_dialog.py" line="54"/>
        <source>Type a username.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/user_dialog.py" line="57"/>
        <source>Use only letters, digits, dot, hyphen and underscore (no spaces).</source>
        <translation>Use solo letras, números, punto, guion y guion bajo (sin espacios).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/user_dialog.py" line="60"/>
        <source>Type the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/user_dialog.py" line="67"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/user_dialog.py" line="80"/>
        <source>That username is already in use.</source>
        <translation>Ese nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="14"/>
        <location filename="../../ui/user_dialog.ui" line="61"/>
        <source>New staff account</source>
        <translation>Nueva cuenta del personal</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="71"/>
        <source>The person signs in with this username and password. Give them the password in person, never by message.</source>
        <translation>La persona inicia sesión con este usuario y contraseña. Entréguele la contraseña en persona, nunca por mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="99"/>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="117"/>
        <source>e.g. ana.perez</source>
        <translation>p. ej. ana.perez</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="139"/>
        <source>Full na&amp;me:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="176"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="209"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="227"/>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="249"/>
        <source>C&amp;onfirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="329"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="339"/>
        <source>C&amp;reate account</source>
        <translation>Cr&amp;ear cuenta</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="48"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="49"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="50"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="52"/>
        <source>Last sign-in</source>
        <translation>Último ingreso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="75"/>
        <source>This account cannot sign in.</source>
        <translation>Esta cuenta no puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="86"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="86"/>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/users_model.py" line="88"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
</TS>

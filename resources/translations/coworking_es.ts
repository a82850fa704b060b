<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accounting</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="18"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="19"/>
        <source>%n with warnings (imported all the same)</source>
        <translation>
            <numerusform>%n con avisos (se importó igual)</numerusform>
            <numerusform>%n con avisos (se importaron igual)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="21"/>
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n se importará</numerusform>
            <numerusform>%n se importarán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="22"/>
        <source>%n with warnings (will be imported all the same)</source>
        <translation>
            <numerusform>%n con avisos (se importa igual)</numerusform>
            <numerusform>%n con avisos (se importan igual)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="24"/>
        <source>%n already registered</source>
        <translation>
            <numerusform>%n ya registrada</numerusform>
            <numerusform>%n ya registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="25"/>
        <source>%n already registered for the event</source>
        <translation>
            <numerusform>%n ya inscrita en el evento</numerusform>
            <numerusform>%n ya inscritas en el evento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="26"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya al día</numerusform>
            <numerusform>%n ya al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="31"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="33"/>
        <source>%n blank</source>
        <translation>
            <numerusform>%n vacía</numerusform>
            <numerusform>%n vacías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="35"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="42"/>
        <source>%n person(s) added to the registry.</source>
        <translation>
            <numerusform>%n persona añadida al registro.</numerusform>
            <numerusform>%n personas añadidas al registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="45"/>
        <source>%n person(s) will be added to the registry.</source>
        <translation>
            <numerusform>Se añadirá %n persona al registro.</numerusform>
            <numerusform>Se añadirán %n personas al registro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="50"/>
        <source>New employers: %1; updated: %2.</source>
        <translation>Empresas nuevas: %1; actualizadas: %2.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="52"/>
        <source>New employers: %1; to be updated: %2.</source>
        <translation>Empresas nuevas: %1; por actualizar: %2.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="57"/>
        <source>An import of this file that was cut short was taken up again: rows up to %1 were already saved.</source>
        <translation>Se retomó una importación cortada de este archivo: las filas hasta la %1 ya estaban guardadas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="68"/>
        <source>The refused rows were not imported: save the list of problems, fix them in the file and import it again (rows already imported are recognised).</source>
        <translation>Las filas rechazadas no se importaron: guarde la lista de problemas, corríjalas en el archivo e impórtelo de nuevo (las filas ya importadas se reconocen).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="72"/>
        <source>Refused rows will not be imported; the others can be. Save the list of problems to fix them in the file.</source>
        <translation>Las filas rechazadas no se importarán; las demás sí. Guarde la lista de problemas para corregirlas en el archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="79"/>
        <source>%n imported row(s) may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n fila importada puede ser alguien ya registrado o una fila anterior. Se importó igual: revísela en Personas, Posibles duplicados.</numerusform>
            <numerusform>%n filas importadas pueden ser alguien ya registrado o una fila anterior. Se importaron igual: revíselas en Personas, Posibles duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="85"/>
        <source>%n row(s) may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n fila puede ser alguien ya registrado o una fila anterior. Se importará igual y podrá revisarla en Personas, Posibles duplicados.</numerusform>
            <numerusform>%n filas pueden ser alguien ya registrado o una fila anterior. Se importarán igual y podrá revisarlas en Personas, Posibles duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="93"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (fila %2 de este archivo)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_accounting.py" line="95"/>
        <source>%1 (already registered)</source>
        <translation>%1 (ya registrada)</translation>
    </message>
</context>
<context>
    <name>AddEmployerDialog</name>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="49"/>
        <source>Add an employer to the event</source>
        <translation>Agregar una empresa al evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="67"/>
        <source>e.g. A12 (can be left for later)</source>
        <translation>p. ej. A12 (puede dejarse para después)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="71"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="72"/>
        <source>&amp;Booth</source>
        <translation>&amp;Stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="76"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="90"/>
        <source>Choose an employer from the list.</source>
        <translation>Elija una empresa de la lista.</translation>
    </message>
</context>
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
    <name>AnswerPanel</name>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="197"/>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="198"/>
        <source>Scan a badge, or type a name or document and press Enter.</source>
        <translation>Escanee una credencial, o escriba un nombre o documento y pulse Enter.</translation>
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
    <name>BadgePreview</name>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="69"/>
        <source>Fit wi&amp;dth</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="70"/>
        <source>W&amp;hole page</source>
        <translation>Página &amp;completa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="74"/>
        <source>Zoom so that a page fills the width</source>
        <translation>Ampliar hasta que la página ocupe todo el ancho</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="75"/>
        <source>Zoom so that a whole page is seen</source>
        <translation>Ajustar para ver la página entera</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="76"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="77"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="91"/>
        <source>Print at true size (Ctrl+P)</source>
        <translation>Imprimir a tamaño real (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="92"/>
        <source>&amp;Save as PDF…</source>
        <translation>G&amp;uardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="94"/>
        <source>Save a copy of this PDF (Ctrl+S)</source>
        <translation>Guardar una copia de este PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="103"/>
        <source>Choose what to print and press Generate (Ctrl+G): the badges appear here before they are printed.</source>
        <translation>Elija qué imprimir y pulse Generar (Ctrl+G): las credenciales aparecen aquí antes de imprimirse.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="187"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="58"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="57"/>
        <source>Save badges as PDF</source>
        <translation>Guardar las credenciales como PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/badge_preview.py" line="176"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_preview.py" line="298"/>
        <source>The PDF could not be saved in %1: %2</source>
        <translation>No se pudo guardar el PDF en %1: %2</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <location filename="../../src/coworking/gui/badge_printing.py" line="141"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_printing.py" line="167"/>
        <source>Sending page %1 of %2 to the printer…</source>
        <translation>Enviando la página %1 de %2 a la impresora…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_printing.py" line="187"/>
        <source>Printing badges</source>
        <translation>Imprimiendo credenciales</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="111"/>
        <source>Coworking member</source>
        <translation>Miembro del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="99"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="426"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="582"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="610"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="726"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="738"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="779"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="101"/>
        <source>Badges for a job fair and co-working member cards. Generate them, check the preview, then print at true size or save the PDF.</source>
        <translation>Credenciales para una feria de empleo y carnés de miembros del coworking. Genérelas, revise la vista previa y luego imprímalas a tamaño real o guarde el PDF.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="139"/>
        <source>Event &amp;badges</source>
        <translation>Credenciales de &amp;feria</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="141"/>
        <source>Co-working &amp;member cards</source>
        <translation>Carnés de &amp;miembros del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="147"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="159"/>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="164"/>
        <location filename="../../src/coworking/gui/pages/badges.py" line="465"/>
        <source>&amp;Whole event</source>
        <translation>&amp;Todo el evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="166"/>
        <source>One &amp;role:</source>
        <translation>Un &amp;rol:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="172"/>
        <source>Se&amp;lection</source>
        <translation>Se&amp;lección</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="174"/>
        <source>Only the people ticked in the list below</source>
        <translation>Solo las personas marcadas en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="187"/>
        <source>Which:</source>
        <translation>Cuáles:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="190"/>
        <source>S&amp;tock:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="203"/>
        <source>Moves every badge on the sheet to make up for this printer&apos;s margins (right and down are positive). Kept for this computer and this stock.</source>
        <translation>Desplaza todas las credenciales de la hoja para compensar los márgenes de esta impresora (hacia la derecha y hacia abajo son positivos). Se guarda para este computador y este papel.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="206"/>
        <source>Printer offset:</source>
        <translation>Ajuste de impresora:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="210"/>
        <source>&amp;X</source>
        <translation>&amp;X</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="212"/>
        <source>&amp;Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="214"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="217"/>
        <source>Make the PDF and show it (Ctrl+G)</source>
        <translation>Crear el PDF y mostrarlo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="270"/>
        <source>Tic&amp;k all shown</source>
        <translation>Marcar las mo&amp;stradas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="493"/>
        <source>%Ln ticked of %1. Tick with the mouse or the space bar.</source>
        <translation>
            <numerusform>%Ln marcada de %1. Marque con el ratón o con la barra espaciadora.</numerusform>
            <numerusform>%Ln marcadas de %1. Marque con el ratón o con la barra espaciadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="499"/>
        <source>%Ln member card(s) will be generated.</source>
        <translation>
            <numerusform>Se generará %Ln carné.</numerusform>
            <numerusform>Se generarán %Ln carnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="501"/>
        <source>%Ln badge(s) will be generated.</source>
        <translation>
            <numerusform>Se generará %Ln credencial.</numerusform>
            <numerusform>Se generarán %Ln credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="505"/>
        <source>Already printed before: %1.</source>
        <translation>Ya impresas antes: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="807"/>
        <source>%Ln member card(s)</source>
        <translation>
            <numerusform>%Ln carné</numerusform>
            <numerusform>%Ln carnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="809"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln credencial</numerusform>
            <numerusform>%Ln credenciales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="798"/>
        <source>Co-working member cards</source>
        <translation>Carnés de miembros del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="805"/>
        <source>selection</source>
        <translation>selección</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="272"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="264"/>
        <source>Name or badge code (Ctrl+F)</source>
        <translation>Nombre o código de credencial (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="267"/>
        <source>Shows the people whose name or code has what you type; Enter ticks the only match</source>
        <translation>Muestra las personas cuyo nombre o código contiene lo que escribe; Enter marca la única coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="465"/>
        <source>&amp;All members</source>
        <translation>&amp;Todos los miembros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="478"/>
        <source>No events yet: create one in Job fairs.</source>
        <translation>Aún no hay eventos: cree uno en Ferias de empleo.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="481"/>
        <source>Co-working members with a member code</source>
        <translation>Miembros del coworking con código de miembro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="484"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="512"/>
        <source>Nobody is registered for this event yet.</source>
        <translation>Aún no hay nadie inscrito en este evento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="508"/>
        <source>No member has a member code yet (it is given in People).</source>
        <translation>Ningún miembro tiene aún código de miembro (se asigna en Personas).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="562"/>
        <source>Create an event first (Job fairs).</source>
        <translation>Primero cree un evento (Ferias de empleo).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="568"/>
        <source>Tick at least one person in the list.</source>
        <translation>Marque al menos una persona en la lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="618"/>
        <source>Already printed: %1 of these %Ln member card(s) (the first one on %2). Generate them again?</source>
        <translation>
            <numerusform>Este carné ya se imprimió (el %2). ¿Generarlo otra vez?</numerusform>
            <numerusform>Ya impresos: %1 de estos %Ln carnés (el primero, el %2). ¿Generarlos otra vez?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="625"/>
        <source>Already printed: %1 of these %Ln badge(s) (the first one on %2). Generate them again?</source>
        <translation>
            <numerusform>Esta credencial ya se imprimió (el %2). ¿Generarla otra vez?</numerusform>
            <numerusform>Ya impresas: %1 de estas %Ln credenciales (la primera, el %2). ¿Generarlas otra vez?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="635"/>
        <source>Badges already printed</source>
        <translation>Credenciales ya impresas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="633"/>
        <source>Member cards already printed</source>
        <translation>Carnés ya impresos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="646"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="662"/>
        <source>Badge %1 of %2</source>
        <translation>Credencial %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="662"/>
        <source>Member card %1 of %2</source>
        <translation>Carné %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="663"/>
        <source>Generating badges</source>
        <translation>Generando credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="663"/>
        <source>Generating member cards</source>
        <translation>Generando carnés</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/badges.py" line="750"/>
        <source>Generation cancelled: no file was made.</source>
        <translation>Generación cancelada: no se creó ningún archivo.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="64"/>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="71"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="77"/>
        <source>&amp;Space:</source>
        <translation>&amp;Espacio:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="81"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="95"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="98"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="100"/>
        <source>Optional: meeting, workshop, interview…</source>
        <translation>Opcional: reunión, taller, entrevista…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="102"/>
        <source>P&amp;urpose:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="104"/>
        <source>Repeat &amp;every week until</source>
        <translation>Repetir cada &amp;semana hasta el</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="125"/>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="154"/>
        <source>Choose the person: type part of the name and pick it.</source>
        <translation>Elija a la persona: escriba parte del nombre y selecciónela.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="175"/>
        <source>No date of the series could be booked.</source>
        <translation>No se pudo reservar ninguna fecha de la serie.</translation>
    </message>
</context>
<context>
    <name>BoothStation</name>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="184"/>
        <source>Booth %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="220"/>
        <source>Scan the candidate&apos;s badge</source>
        <translation>Escanee la credencial del candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="224"/>
        <source>e.g. ABCD 2345 J</source>
        <translation>p. ej. ABCD 2345 J</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="248"/>
        <source>Scan a badge to record a booth visit, an interview or a CV received.</source>
        <translation>Escanee una credencial para registrar una visita al stand, una entrevista o un CV recibido.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="249"/>
        <source>Then: 1, 2 or 3 for the kind, Tab between fields, Ctrl+Enter to save.</source>
        <translation>Luego: 1, 2 o 3 para el tipo, Tab para pasar de campo, Ctrl+Enter para guardar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="279"/>
        <source>1 · Booth visit</source>
        <translation>1 · Visita al stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="280"/>
        <source>2 · Interview</source>
        <translation>2 · Entrevista</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="281"/>
        <source>3 · CV received</source>
        <translation>3 · CV recibido</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="290"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="293"/>
        <source>— No vacancy —</source>
        <translation>— Sin vacante —</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="296"/>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacante:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="303"/>
        <source>Choose or type</source>
        <translation>Elija o escriba</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="304"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Siguiente paso:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="306"/>
        <source>&amp;Rating:</source>
        <translation>Valo&amp;ración:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="311"/>
        <source>Skills, availability, anything to remember</source>
        <translation>Habilidades, disponibilidad, lo que convenga recordar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="312"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="322"/>
        <source>Discard (Esc)</source>
        <translation>Descartar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="324"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="339"/>
        <source>Latest at this booth</source>
        <translation>Lo último en este stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="351"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="352"/>
        <source>Candidate</source>
        <translation>Candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="353"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="354"/>
        <source>Vacancy</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="355"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="356"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="378"/>
        <source>Booth visit</source>
        <translation>Visita al stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="379"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="380"/>
        <source>CV received</source>
        <translation>CV recibido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/booth_station.py" line="403"/>
        <source>%Ln recorded</source>
        <translation>
            <numerusform>%Ln registrado</numerusform>
            <numerusform>%Ln registrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="431"/>
        <source>%1 is not a candidate: that badge is for staff or an employer.</source>
        <translation>%1 no es candidato/a: esa credencial es de personal o de una empresa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="455"/>
        <source>Unsaved form</source>
        <translation>Formulario sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="456"/>
        <source>The form for %1 is not saved yet. Save it before the next badge?</source>
        <translation>El formulario de %1 aún no está guardado. ¿Guardarlo antes de la siguiente credencial?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="514"/>
        <source>Registered as a visitor.</source>
        <translation>Inscrito/a como visitante.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="516"/>
        <source>No check-in at the door was recorded for this badge.</source>
        <translation>No consta la entrada por la puerta con esta credencial.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="541"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="542"/>
        <source>Discard what was noted for %1?</source>
        <translation>¿Descartar lo anotado para %1?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="572"/>
        <source>Saved: %1 — %2</source>
        <translation>Guardado: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../src/coworking/gui/calendar_gestures.py" line="237"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_gestures.py" line="240"/>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_grid.py" line="81"/>
        <source>Booking calendar</source>
        <translation>Calendario de reservas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_grid.py" line="84"/>
        <source>Arrows: move the cursor. Shift+Left/Right: mark a range. Enter: book the marked time, or open the booking. Delete: cancel the booking. Ctrl+arrows: move the booking. Ctrl+Shift+Left/Right: make it end earlier or later. Home/End: first or last open slot of the day. Page Up/Down: ten rows. Tab: next booking. Drag on free time to book it; drag a booking or its edges to change it; Escape abandons a drag.</source>
        <translation>Flechas: mover el cursor. Mayús+Izquierda/Derecha: marcar un intervalo. Intro: reservar el tiempo marcado, o abrir la reserva. Supr: cancelar la reserva. Ctrl+flechas: mover la reserva. Ctrl+Mayús+Izquierda/Derecha: hacer que termine antes o después. Inicio/Fin: primer o último turno abierto del día. Re Pág/Av Pág: diez filas. Tab: siguiente reserva. Arrastre sobre tiempo libre para reservarlo; arrastre una reserva o sus bordes para cambiarla; Esc abandona el arrastre.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_grid.py" line="388"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_paint.py" line="291"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_paint.py" line="491"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="72"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="73"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="83"/>
        <source>Previous (Ctrl+Page Up)</source>
        <translation>Anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="85"/>
        <source>Next (Ctrl+Page Down)</source>
        <translation>Siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="86"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="102"/>
        <source>All spaces</source>
        <translation>Todos los espacios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="103"/>
        <source>Desks</source>
        <translation>Escritorios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="104"/>
        <source>Rooms and others</source>
        <translation>Salas y otros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="107"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="108"/>
        <source>Book the time under the cursor (Ctrl+N)</source>
        <translation>Reservar la hora marcada (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="116"/>
        <source>Drag on free time to book · drag a booking to move it, its edge to resize · Enter opens · Delete cancels · Ctrl+Z undoes a move</source>
        <translation>Arrastre sobre tiempo libre para reservar · arrastre una reserva para moverla, su borde para alargarla · Enter abre · Supr cancela · Ctrl+Z deshace un cambio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="206"/>
        <source>Week of %1 to %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="259"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="259"/>
        <source>The space is closed.</source>
        <translation>El espacio está cerrado.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="291"/>
        <source>Booking not changed</source>
        <translation>Reserva sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="306"/>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="316"/>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="317"/>
        <source>Cancel the booking of %1 (%2)?</source>
        <translation>¿Cancelar la reserva de %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="336"/>
        <source>Late cancellation</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="337"/>
        <source>Cancel it anyway?</source>
        <translation>¿Cancelarla de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="344"/>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="346"/>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="395"/>
        <source>Booking not cancelled</source>
        <translation>Reserva no cancelada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="355"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="362"/>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="366"/>
        <source>Cancel this and &amp;later dates</source>
        <translation>Cancelar esta y las &amp;siguientes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="378"/>
        <source>Cancel weekly booking</source>
        <translation>Cancelar reserva semanal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/calendar_tab.py" line="379"/>
        <source>Cancel the weekly booking of %1 from %2 on?</source>
        <translation>¿Cancelar la reserva semanal de %1 desde el %2?</translation>
    </message>
</context>
<context>
    <name>CantonCombo</name>
    <message>
        <location filename="../../src/coworking/gui/canton_combo.py" line="74"/>
        <source>Type to search, e.g. Manta</source>
        <translation>Escriba para buscar, p. ej. Manta</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="63"/>
        <source>Check and import</source>
        <translation>Revisar e importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="66"/>
        <source>Every row is checked before anything is saved; the import itself starts only when you press «Import the valid rows».</source>
        <translation>Se revisa cada fila antes de guardar nada; la importación empieza solo cuando pulse «Importar las filas válidas».</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="77"/>
        <location filename="../../src/coworking/gui/import_check_page.py" line="81"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="77"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="77"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="77"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="81"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="81"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="82"/>
        <source>Save the &amp;list of problems…</source>
        <translation>Guardar la &amp;lista de problemas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="85"/>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="116"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="131"/>
        <source>Checking the rows</source>
        <translation>Revisando las filas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="131"/>
        <source>Checking «%1»…</source>
        <translation>Revisando «%1»…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="133"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="133"/>
        <source>Importing «%1»…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="181"/>
        <source>The import has finished. This is what it did.</source>
        <translation>La importación terminó. Esto es lo que hizo.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="194"/>
        <source>The rows imported before the problem stay saved: importing the same file again goes on where it stopped.</source>
        <translation>Las filas importadas antes del problema quedan guardadas: al importar de nuevo el mismo archivo, se sigue donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="210"/>
        <source>The import was stopped. The rows imported before stopping stay saved: import the same file again in a minute and it goes on where it stopped.</source>
        <translation>Se detuvo la importación. Las filas importadas antes de detenerla quedan guardadas: importe de nuevo el mismo archivo dentro de un minuto y seguirá donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="254"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="254"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_check_page.py" line="267"/>
        <source>Only the first %1 of %n problem(s) and warning(s) are shown: save the list to see them all.</source>
        <translation>
            <numerusform>Se muestran solo los primeros %1 de %n problema o aviso: guarde la lista para verlos todos.</numerusform>
            <numerusform>Se muestran solo los primeros %1 de %n problemas y avisos: guarde la lista para verlos todos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="305"/>
        <source>Saved in «%1».</source>
        <translation>Se guardó en «%1».</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_check_page.py" line="297"/>
        <source>Save the list of problems</source>
        <translation>Guardar la lista de problemas</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="47"/>
        <source>Open on a national holiday</source>
        <translation>Abrir en un feriado nacional</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="49"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="51"/>
        <source>Add a closure</source>
        <translation>Agregar un cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="63"/>
        <source>e.g. Job fair at the space</source>
        <translation>p. ej. Feria de empleo en el espacio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="65"/>
        <source>e.g. Fundación de Manta, maintenance works</source>
        <translation>p. ej. Fundación de Manta, trabajos de mantenimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="79"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="82"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="83"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="107"/>
        <source>“%1” is a national holiday: the space will open with its usual hours of that weekday, and people can book.</source>
        <translation>«%1» es feriado nacional: el espacio abrirá con el horario habitual de ese día de la semana y se podrá reservar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="112"/>
        <source>This day is already a national holiday (“%1”): the space is closed anyway.</source>
        <translation>Este día ya es feriado nacional («%1»): el espacio cierra de todos modos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="116"/>
        <source>The space will be closed all day: no bookings, no check-ins. Bookings already made for that day are kept; move or cancel them in the calendar.</source>
        <translation>El espacio estará cerrado todo el día: sin reservas ni registros de entrada. Las reservas ya hechas para ese día se mantienen; muévalas o cancélelas en el calendario.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="133"/>
        <source>Write why the space opens that day.</source>
        <translation>Escriba por qué abre el espacio ese día.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closure_dialog.py" line="135"/>
        <source>Write the reason (e.g. “Fundación de Manta”).</source>
        <translation>Escriba el motivo (p. ej. «Fundación de Manta»).</translation>
    </message>
</context>
<context>
    <name>ClosuresPanel</name>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="102"/>
        <location filename="../../src/coworking/gui/space_closures.py" line="369"/>
        <source>Holidays and closures</source>
        <translation>Feriados y cierres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="104"/>
        <source>The space is closed on national holidays unless you open it, and on the days you close it.</source>
        <translation>El espacio cierra en los feriados nacionales, salvo que decida abrir, y en los días que usted cierre.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="114"/>
        <source>&amp;Year:</source>
        <translation>A&amp;ño:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="129"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="129"/>
        <source>Holiday or closure</source>
        <translation>Feriado o cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="129"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="129"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="144"/>
        <source>&amp;Add closure…</source>
        <translation>Agregar c&amp;ierre…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="146"/>
        <source>O&amp;pen on this holiday…</source>
        <translation>A&amp;brir en este feriado…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="148"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="211"/>
        <source>Holidays: %1 · closures: %2 · holiday openings: %3</source>
        <translation>Feriados: %1 · cierres: %2 · aperturas en feriado: %3</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="221"/>
        <source>The program has no national holidays for %1 yet: a newer version brings them. Add local closures meanwhile.</source>
        <translation>El programa aún no tiene los feriados nacionales de %1: los trae una versión más nueva. Mientras tanto, agregue los cierres locales.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="242"/>
        <source>Provisional: the date follows the holiday law&apos;s rule for moving holidays and may change when the government publishes its decree.</source>
        <translation>Provisional: la fecha sigue la regla de la ley para trasladar feriados y puede cambiar cuando el Gobierno publique su decreto.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="251"/>
        <source>%1 · opens: %2</source>
        <translation>%1 · abre: %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="261"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="261"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="263"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="264"/>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="267"/>
        <source>Open that day</source>
        <translation>Abierto ese día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="267"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="353"/>
        <source>Stop opening on %1? The space will be closed for “%2” as the other national holidays.</source>
        <translation>¿Dejar de abrir el %1? El espacio cerrará por «%2», como en los demás feriados nacionales.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="358"/>
        <source>Remove the closure of %1 (“%2”)? The space opens with its usual hours.</source>
        <translation>¿Quitar el cierre del %1 («%2»)? El espacio abrirá en su horario habitual.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="362"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_closures.py" line="362"/>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="36"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="39"/>
        <source>Check which field each column fills. Columns set to “Do not import” are left out.</source>
        <translation>Revise qué dato llena cada columna. Las columnas con «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="46"/>
        <source>&amp;Save this correspondence…</source>
        <translation>&amp;Guardar esta correspondencia…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="48"/>
        <source>Saves the columns and the meanings chosen for values, to use them next time</source>
        <translation>Guarda las columnas y los significados elegidos para los valores, para usarlos la próxima vez</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="82"/>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="86"/>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="129"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Elija la columna que tiene: %1.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="133"/>
        <source>Two columns fill «%1»: %2. Set all but one to “Do not import”.</source>
        <translation>Varias columnas llenan «%1»: %2. Deje una y ponga las demás en «No importar».</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_columns_page.py" line="153"/>
        <source>Saved in «%1».</source>
        <translation>Se guardó en «%1».</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/coworking/cli.py" line="76"/>
        <location filename="../../src/coworking/cli.py" line="91"/>
        <location filename="../../src/coworking/cli.py" line="298"/>
        <location filename="../../src/coworking/cli_report.py" line="78"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="77"/>
        <source>name of the space (first time)</source>
        <translation>nombre del espacio (primera vez)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="81"/>
        <location filename="../../src/coworking/cli.py" line="279"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="82"/>
        <source>INEC code of the canton, e.g. 1308 (Manta)</source>
        <translation>código INEC del cantón, p. ej. 1308 (Manta)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="86"/>
        <location filename="../../src/coworking/cli.py" line="581"/>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="87"/>
        <source>user name of the first administrator</source>
        <translation>usuario del primer administrador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="92"/>
        <source>full name of the first administrator</source>
        <translation>nombre completo del primer administrador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="150"/>
        <source>invalid date: “%1” (use YYYY-MM-DD, for example 2027-03-01)</source>
        <translation>fecha no válida: «%1» (use AAAA-MM-DD, por ejemplo 2027-03-01)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="156"/>
        <source>“%1”: the day must be between the years 2000 and 2099</source>
        <translation>«%1»: el día debe estar entre los años 2000 y 2099</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="169"/>
        <source>how many people (500 if not given)</source>
        <translation>personas (por defecto 500)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="176"/>
        <source>seed: the same one (with the same --today) gives the same data</source>
        <translation>semilla: la misma (con el mismo --today) da los mismos datos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="183"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="184"/>
        <source>day of the demonstration, at 10:30 (Ecuador time); if not given, right now</source>
        <translation>día de la demostración, a las 10:30 (hora de Ecuador); por defecto, ahora mismo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="235"/>
        <location filename="../../src/coworking/cli.py" line="389"/>
        <location filename="../../src/coworking/cli_import.py" line="30"/>
        <location filename="../../src/coworking/cli_import.py" line="48"/>
        <location filename="../../src/coworking/cli_import.py" line="54"/>
        <location filename="../../src/coworking/cli_report.py" line="65"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="236"/>
        <source>file of the copy</source>
        <translation>archivo de la copia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="280"/>
        <source>code of the badge or member card, as the scanner reads it</source>
        <translation>código de la credencial o del carné, como lo lee el escáner</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="287"/>
        <source>event (ID): check-in at a job fair</source>
        <translation>evento (ID): entrada a una feria</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="293"/>
        <source>space (ID): check-in or check-out at the co-working</source>
        <translation>espacio (ID): entrada o salida del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="299"/>
        <source>name of the station (entrance)</source>
        <translation>nombre de la estación (entrada)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="373"/>
        <source>badges of the event&apos;s registrations</source>
        <translation>credenciales de las inscripciones del evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="378"/>
        <source>all: member cards of every co-working member</source>
        <translation>all: carnés de todas las personas del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="383"/>
        <source>only one role of the event</source>
        <translation>solo un rol del evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="390"/>
        <source>PDF file to write</source>
        <translation>archivo PDF que se escribe</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="395"/>
        <source>STOCK</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="396"/>
        <source>stock: a4 (8 per sheet, with crop marks), letter, l4785 (80x50 mm labels), id1 (85.6x54 mm card), label4x3 (4x3 inch thermal label)</source>
        <translation>formato: a4 (8 por hoja, con marcas de corte), letter, l4785 (etiquetas 80x50 mm), id1 (tarjeta 85,6x54 mm), label4x3 (etiqueta térmica de 4x3 pulgadas)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="471"/>
        <source>create or upgrade the database</source>
        <translation>crear o actualizar la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="477"/>
        <source>fill with realistic demo data</source>
        <translation>llenar con datos de demostración realistas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="483"/>
        <source>verified backup copy</source>
        <translation>copia de seguridad comprobada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="489"/>
        <source>import people or registrations from CSV or Excel</source>
        <translation>importar personas o inscripciones desde CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="495"/>
        <source>check in at an event, or check in or out at the co-working</source>
        <translation>registrar una entrada a un evento, o una entrada o salida del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="503"/>
        <source>badges and member cards as a PDF ready to print</source>
        <translation>credenciales y carnés en PDF listos para imprimir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="509"/>
        <source>attendance summary of a space or a job fair, as PDF or Excel</source>
        <translation>informe de asistencia de un espacio o una feria, en PDF o Excel</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="517"/>
        <source>batch of CSV files for the municipality (what changed, or all)</source>
        <translation>lote de archivos CSV para el municipio (lo que cambió, o todo)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="536"/>
        <source>database (COWORKING_DB or the local SQLite file if not given)</source>
        <translation>base de datos (por defecto COWORKING_DB o el archivo SQLite local)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="542"/>
        <source>result as JSON</source>
        <translation>resultado en JSON</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="554"/>
        <source>Co-working and job fairs. Without a subcommand it opens the program.</source>
        <translation>Coworking y ferias de empleo. Sin subcomando abre el programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="568"/>
        <source>language of the program and of this help (Spanish if not given); also that of a report</source>
        <translation>idioma del programa y de esta ayuda (por defecto español); también el de un informe</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="577"/>
        <source>start-up test: opens the first window and quits</source>
        <translation>prueba de arranque: abre la primera ventana y termina</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="582"/>
        <source>with --smoke: signs in (password on standard input)</source>
        <translation>con --smoke: inicia sesión (contraseña por la entrada estándar)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli.py" line="585"/>
        <source>SUBCOMMAND</source>
        <translation>SUBCOMANDO</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="32"/>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="33"/>
        <source>folder where the batch is made (lote-000012)</source>
        <translation>carpeta donde se crea el lote (lote-000012)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="38"/>
        <source>every row, not only what changed</source>
        <translation>todas las filas, no solo lo que cambió</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="43"/>
        <source>with names, documents and contacts (personal data; recorded in the audit)</source>
        <translation>con nombres, documentos y contactos (datos personales; queda en la auditoría)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="51"/>
        <source>field separator (the one chosen in the program if not given; else the comma)</source>
        <translation>separador de campos (por defecto el elegido en el programa; si no, la coma)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_export.py" line="60"/>
        <source>write batch N again exactly as it was written the first time</source>
        <translation>volver a escribir el lote N tal como se escribió la primera vez</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="22"/>
        <source>what is imported (people, employers, or registrations to an event)</source>
        <translation>qué se importa (people: personas; employers: empresas; registrations: inscripciones a un evento)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="31"/>
        <source>CSV or XLSX file</source>
        <translation>archivo CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="36"/>
        <source>only check: saves nothing; exits with 1 if any row has errors</source>
        <translation>solo revisar: no guarda nada; sale con 1 si alguna fila tiene errores</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="43"/>
        <source>if any row has errors, import none</source>
        <translation>si alguna fila tiene errores, no importar ninguna</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="49"/>
        <source>column mapping saved from the import wizard (JSON)</source>
        <translation>correspondencia de columnas guardada desde el asistente (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="55"/>
        <source>where to save the list of errors (beside the file if not given)</source>
        <translation>dónde guardar la lista de errores (por defecto, junto al archivo)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_import.py" line="63"/>
        <source>event (for registrations)</source>
        <translation>evento (para registrations)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="22"/>
        <source>invalid date: “%1” (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>fecha no válida: «%1» (use AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="32"/>
        <source>attendance: attendance summary</source>
        <translation>attendance: informe de asistencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="38"/>
        <location filename="../../src/coworking/cli_report.py" line="45"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="39"/>
        <source>first day of the period</source>
        <translation>primer día del periodo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="46"/>
        <source>last day of the period (included)</source>
        <translation>último día del periodo (incluido)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="53"/>
        <source>co-working space (ID; the current one if not given)</source>
        <translation>espacio de coworking (ID; por defecto el actual)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="59"/>
        <source>job fair or event (ID); the period is the event&apos;s</source>
        <translation>feria o evento (ID); el periodo es el del evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="66"/>
        <source>file to write: .pdf, or .xlsx</source>
        <translation>archivo que se escribe: .pdf, o .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="72"/>
        <source>language of the report and of this help (Spanish if not given)</source>
        <translation>idioma del informe y de esta ayuda (por defecto español)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_report.py" line="79"/>
        <source>name of this station, printed on the report beside the date</source>
        <translation>nombre de esta estación, que se imprime en el informe junto a la fecha</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="48"/>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="99"/>
        <source>the front desk</source>
        <translation>la recepción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="52"/>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="57"/>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="62"/>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="156"/>
        <source>Save as &amp;PDF to print…</source>
        <translation>Guardar como &amp;PDF para imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="70"/>
        <source>Read it to the person, or give them the printed copy.</source>
        <translation>Léalo a la persona, o entréguele la copia impresa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="90"/>
        <source>Save the consent text</source>
        <translation>Guardar el texto del consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="114"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="123"/>
        <source>Read the consent text to %1 and record what they accept now. It replaces their current consent.</source>
        <translation>Lea el texto del consentimiento a %1 y registre lo que acepta ahora. Reemplaza su consentimiento vigente.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="130"/>
        <source>Consent text: version %1</source>
        <translation>Texto del consentimiento: versión %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="134"/>
        <source>Now: no current consent.</source>
        <translation>Ahora: sin consentimiento vigente.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="136"/>
        <source>Now: version %1, for %2.</source>
        <translation>Ahora: versión %1, para %2.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="141"/>
        <source>Registration and services (required)</source>
        <translation>Registro y servicios (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="146"/>
        <source>&amp;Statistics for the municipality, without name or document</source>
        <translation>&amp;Estadísticas para el municipio, sin nombre ni documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="150"/>
        <source>C&amp;ontact about jobs and activities</source>
        <translation>C&amp;ontacto sobre empleo y actividades</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="153"/>
        <source>Show the consent &amp;text…</source>
        <translation>Ver el &amp;texto del consentimiento…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="165"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="186"/>
        <source>registration and services</source>
        <translation>registro y servicios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="187"/>
        <source>statistics</source>
        <translation>estadísticas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="188"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/consent_dialog.py" line="206"/>
        <source>Cannot record the consent</source>
        <translation>No se puede registrar el consentimiento</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="250"/>
        <source>Checked in / registered</source>
        <translation>Ingresados / inscritos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="266"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="267"/>
        <source>Employers</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="268"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="269"/>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
</context>
<context>
    <name>CoworkingPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="36"/>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="38"/>
        <source>Check members in and out, book desks and rooms, see who is in and set the space up.</source>
        <translation>Entradas y salidas de las personas, reservas de escritorios y salas, quién está dentro y la configuración del espacio.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="47"/>
        <source>&amp;Site:</source>
        <translation>E&amp;spacio:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="49"/>
        <source>New site…</source>
        <translation>Nuevo espacio…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="51"/>
        <source>Another co-working site sharing this database, with its own hours and spaces</source>
        <translation>Otro espacio de coworking en esta misma base de datos, con su propio horario y sus espacios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="121"/>
        <source>&amp;Front desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="122"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="123"/>
        <source>&amp;Occupancy</source>
        <translation>&amp;Ocupación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/coworking.py" line="124"/>
        <source>Space &amp;set-up</source>
        <translation>Configurar es&amp;pacio</translation>
    </message>
</context>
<context>
    <name>DeskAnswerPanel</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="207"/>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="208"/>
        <source>Scan a member card, or type a name or document and press Enter.</source>
        <translation>Escanee un carné de socio, o escriba un nombre o documento y pulse Enter.</translation>
    </message>
</context>
<context>
    <name>DeskEnrolment</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station_enrol.py" line="46"/>
        <source>New person (F2)</source>
        <translation>Nueva persona (F2)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_enrol.py" line="49"/>
        <source>Register someone who is not in the registry yet, then check them in</source>
        <translation>Registrar a alguien que aún no está en el registro y darle entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_enrol.py" line="64"/>
        <source>New person at the front desk</source>
        <translation>Nueva persona en recepción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_enrol.py" line="65"/>
        <source>Save and check in</source>
        <translation>Guardar y registrar entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_enrol.py" line="99"/>
        <source>New registration</source>
        <translation>Nuevo registro</translation>
    </message>
</context>
<context>
    <name>DeskStation</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="114"/>
        <source>Scan a card, or type a name</source>
        <translation>Carné, nombre o documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="116"/>
        <source>Scanner or keyboard · Enter: check in or out · Esc: clear</source>
        <translation>Lector o teclado · Enter: registrar entrada o salida · Esc: borrar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="118"/>
        <source>Clear (Esc)</source>
        <translation>Borrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="120"/>
        <source>Clear the text typed (Esc)</source>
        <translation>Borrar el texto escrito (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="123"/>
        <source>Enter: check in or out · ↑ ↓: choose in the list below</source>
        <translation>Enter: entrada o salida · ↑ ↓: elegir en la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="140"/>
        <source>People found by name or document appear here.
Free desks are offered here to members who come without a booking.</source>
        <translation>Aquí aparecen las personas encontradas por nombre o documento.
Aquí se ofrecen escritorios libres a quienes llegan sin reserva.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="165"/>
        <source>Options…</source>
        <translation>Opciones…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="167"/>
        <source>Answer time and sounds of this station</source>
        <translation>Tiempo de la respuesta y sonidos de esta estación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="315"/>
        <source>No one found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="316"/>
        <source>Nobody matches “%1”. Check the spelling, or F2: new person.</source>
        <translation>Nadie coincide con «%1». Revise lo escrito, o F2: persona nueva.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="344"/>
        <source>Enter: scan this code</source>
        <translation>Enter: escanear este código</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="345"/>
        <source>Enter: check the selected person in or out</source>
        <translation>Enter: entrada o salida de la persona elegida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="346"/>
        <source>No one found · F2: new person</source>
        <translation>No se encontró a nadie · F2: nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="374"/>
        <source>Scanned while a window was open</source>
        <translation>Escaneado con una ventana abierta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="393"/>
        <source>Found by search</source>
        <translation>Encontrado/a por búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="417"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="470"/>
        <source>Pending scan saved</source>
        <translation>Escaneo en espera guardado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="490"/>
        <source>Bookings not used nor cancelled in time. Remind the person to cancel.</source>
        <translation>Reservas que no usó ni canceló a tiempo. Recuérdele que debe cancelar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="481"/>
        <location filename="../../src/coworking/gui/desk_station.py" line="514"/>
        <source>The scan could not be recorded</source>
        <translation>No se pudo registrar el escaneo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="515"/>
        <source>Nothing was saved. Check the network or the database, then scan again.</source>
        <translation>No se guardó nada. Revise la red o la base de datos y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="524"/>
        <source>Desk assigned: %1, until %2.</source>
        <translation>Escritorio asignado: %1, hasta las %2.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="534"/>
        <source>%1 stays without a desk</source>
        <translation>%1 queda sin escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="541"/>
        <source>Choose someone in “Who is in” (Ctrl+↑ ↓)</source>
        <translation>Elija a alguien en «Quién está» (Ctrl+↑ ↓)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station.py" line="558"/>
        <source>Checked out from the list</source>
        <translation>Salida registrada desde la lista</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="101"/>
        <source>⚠ 1 no-show in the last 60 days</source>
        <translation>⚠ 1 inasistencia en los últimos 60 días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="102"/>
        <source>⚠ %1 no-shows in the last 60 days</source>
        <translation>⚠ %1 inasistencias en los últimos 60 días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="112"/>
        <source>1 visit left open after closing was checked out</source>
        <translation>Se registró la salida de 1 visita abierta después del cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="118"/>
        <source>%1 visits left open after closing were checked out</source>
        <translation>Se registró la salida de %1 visitas abiertas después del cierre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="123"/>
        <source>1 booking marked as no-show</source>
        <translation>1 reserva marcada como inasistencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="126"/>
        <source>%1 bookings marked as no-show</source>
        <translation>%1 reservas marcadas como inasistencia</translation>
    </message>
</context>
<context>
    <name>DoorDateGuard</name>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="24"/>
        <source>This event was on %1</source>
        <translation>Este evento fue el %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="26"/>
        <source>This event ran from %1 to %2</source>
        <translation>Este evento fue del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="28"/>
        <source>This event will be on %1</source>
        <translation>Este evento será el %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="30"/>
        <source>This event will run from %1 to %2</source>
        <translation>Este evento será del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="47"/>
        <source>Open the door anyway?</source>
        <translation>¿Abrir la puerta igualmente?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_date_guard.py" line="50"/>
        <source>Door station</source>
        <translation>Estación de entrada</translation>
    </message>
</context>
<context>
    <name>DoorPrinting</name>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="76"/>
        <source>Badge printing at this entrance</source>
        <translation>Impresión de credenciales en esta entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="78"/>
        <source>&amp;Print the badge when someone is checked in</source>
        <translation>&amp;Imprimir la credencial al registrar la entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="85"/>
        <source>&amp;Stock:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="113"/>
        <source>Badge already printed on {when}: Ctrl+R prints it again.</source>
        <translation>La credencial ya se imprimió el {when}: Ctrl+R la vuelve a imprimir.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="124"/>
        <source>Print the badge again</source>
        <translation>Volver a imprimir la credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="125"/>
        <source>This badge was already printed on {when}. Print it again?</source>
        <translation>Esta credencial ya se imprimió el {when}. ¿Imprimirla otra vez?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="139"/>
        <source>The badge was not printed: {error}</source>
        <translation>No se imprimió la credencial: {error}</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_printing.py" line="140"/>
        <source>Badge sent to the printer.</source>
        <translation>Credencial enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>DoorSearch</name>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="163"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="166"/>
        <source>Born in: %1</source>
        <translation>Año de nacimiento: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="169"/>
        <source>Document ending in: %1</source>
        <translation>Documento terminado en: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="172"/>
        <source>Lives in: %1</source>
        <translation>Vive en: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="343"/>
        <source>Not registered</source>
        <translation>No inscrito/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="344"/>
        <source>%1 is not registered for this event. Register and check in as:</source>
        <translation>%1 no está inscrito/a en este evento. Inscribir y registrar su entrada como:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="352"/>
        <source>&amp;Candidate</source>
        <translation>&amp;Candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="356"/>
        <source>&amp;Visitor</source>
        <translation>&amp;Visitante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="359"/>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
</context>
<context>
    <name>DoorStation</name>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="122"/>
        <source>Scan a badge, or type a name</source>
        <translation>Escanee o busque un nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="124"/>
        <source>New walk-in (Ctrl+N)</source>
        <translation>Inscribir en puerta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="125"/>
        <source>Clear (Esc)</source>
        <translation>Borrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="126"/>
        <source>Printing…</source>
        <translation>Impresión…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="127"/>
        <source>Options…</source>
        <translation>Opciones…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="128"/>
        <source>Answer time and sounds of this station</source>
        <translation>Tiempo de la respuesta y sonidos de esta estación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="130"/>
        <source>Enter: check in · ↑ ↓: choose a person in the list</source>
        <translation>Enter: registrar entrada · ↑ ↓: elegir persona en la lista</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="144"/>
        <source>People found by name or document appear here.
Registered people first; others can be registered at the door.</source>
        <translation>Aquí aparecen las personas encontradas por nombre o documento.
Primero las inscritas; las demás se pueden inscribir en la puerta.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="157"/>
        <source>Undo check-in… (Ctrl+Z)</source>
        <translation>Deshacer entrada… (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="161"/>
        <source>Only coordinators can undo a check-in.</source>
        <translation>Solo coordinación puede deshacer una entrada.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="232"/>
        <source>Last scans at this station</source>
        <translation>Últimos escaneos en este puesto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="366"/>
        <source>No one found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="367"/>
        <source>Nobody matches “%1”. Check the spelling, or Ctrl+N: new walk-in.</source>
        <translation>Nadie coincide con «%1». Revise lo escrito, o Ctrl+N: inscribir en puerta.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="388"/>
        <source>Enter: check in this code</source>
        <translation>Enter: registrar este código</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="389"/>
        <source>Enter: check in the selected person</source>
        <translation>Enter: registrar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="390"/>
        <source>No one found · Ctrl+N: new walk-in</source>
        <translation>No se encontró a nadie · Ctrl+N: inscribir en puerta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="445"/>
        <source>Not checked in</source>
        <translation>Entrada no registrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="411"/>
        <source>Scanned while a window was open</source>
        <translation>Escaneado con una ventana abierta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="479"/>
        <source>Pending scan saved</source>
        <translation>Escaneo en espera guardado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="489"/>
        <location filename="../../src/coworking/gui/door_station.py" line="500"/>
        <source>The scan could not be recorded</source>
        <translation>No se pudo registrar el escaneo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="501"/>
        <source>Nothing was saved. Check the network or the database, then scan again.</source>
        <translation>No se guardó nada. Revise la red o la base de datos y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="510"/>
        <source>Register for this event (Ctrl+I)</source>
        <translation>Inscribir en este evento (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="562"/>
        <location filename="../../src/coworking/gui/door_station.py" line="592"/>
        <source>Registered at the door</source>
        <translation>Inscrito/a en la puerta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="562"/>
        <source>Found by search</source>
        <translation>Encontrado/a por búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="615"/>
        <source>Existing person, registered at the door</source>
        <translation>Persona ya registrada, inscrita en la puerta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="617"/>
        <source>New walk-in, registered at the door</source>
        <translation>Persona nueva, inscrita en la puerta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="653"/>
        <source>Check-in undone: %1</source>
        <translation>Entrada deshecha: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_station.py" line="654"/>
        <source>They must be scanned again to enter.</source>
        <translation>Debe escanearse de nuevo para entrar.</translation>
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
    <name>DuplicatesListDialog</name>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="68"/>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="222"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="71"/>
        <source>Records that may belong to the same person: the same document or phone, or a similar name with the same birth date (or with day and month swapped). Merge them, or say they are different people so they are not listed again.</source>
        <translation>Registros que pueden ser de la misma persona: el mismo documento o teléfono, o un nombre parecido con la misma fecha de nacimiento (o con el día y el mes invertidos). Únalos, o indique que son personas distintas para que no vuelvan a aparecer.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="81"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="81"/>
        <source>First record</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="81"/>
        <source>Second record</source>
        <translation>Segundo registro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="93"/>
        <source>&amp;Search again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="94"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="95"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Unir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="96"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="123"/>
        <source>Comparing people…</source>
        <translation>Comparando personas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="134"/>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="138"/>
        <source>Looking for possible duplicates</source>
        <translation>Buscando posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="151"/>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/duplicates_list.py" line="184"/>
        <source>%n possible duplicate(s), strongest reasons first.</source>
        <translation>
            <numerusform>%n posible duplicado, primero los motivos más fuertes.</numerusform>
            <numerusform>%n posibles duplicados, primero los motivos más fuertes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/duplicates_list.py" line="187"/>
        <source>No possible duplicates found.</source>
        <translation>No se encontraron posibles duplicados.</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="67"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="68"/>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="382"/>
        <source>&amp;Vacancies</source>
        <translation>&amp;Vacantes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="85"/>
        <source>New employer</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="102"/>
        <source>13 digits, e.g. 1792146739001</source>
        <translation>13 dígitos, p. ej. 1792146739001</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="129"/>
        <source>e.g. 0991234567</source>
        <translation>p. ej. 0991234567</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="133"/>
        <source>e.g. talento@empresa.ec</source>
        <translation>p. ej. talento@empresa.ec</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="135"/>
        <source>&amp;Inclusive hiring commitment (hires migrants and refugees)</source>
        <translation>Compromiso de contratación &amp;inclusiva (contrata a personas migrantes y refugiadas)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="138"/>
        <source>A&amp;ctive (can take part in fairs)</source>
        <translation>A&amp;ctiva (puede participar en ferias)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="159"/>
        <source>E-m&amp;ail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="165"/>
        <source>&amp;RUC</source>
        <translation>&amp;RUC</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="166"/>
        <source>&amp;Trade name</source>
        <translation>&amp;Nombre comercial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="167"/>
        <source>&amp;Sector (CIIU)</source>
        <translation>&amp;Sector (CIIU)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="168"/>
        <source>Contact &amp;person</source>
        <translation>&amp;Persona de contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="169"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="186"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="187"/>
        <source>Occupation (CIUO-08)</source>
        <translation>Ocupación (CIUO-08)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="188"/>
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="189"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="190"/>
        <source>Foreign IDs</source>
        <translation>Doc. extranjeros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="198"/>
        <source>&amp;Add vacancy…</source>
        <translation>&amp;Agregar vacante…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="200"/>
        <source>Ed&amp;it vacancy…</source>
        <translation>E&amp;ditar vacante…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="228"/>
        <source>&amp;Open vacancy…</source>
        <translation>&amp;Abrir vacante…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="238"/>
        <source>✓ Valid RUC</source>
        <translation>✓ RUC válido</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="264"/>
        <source>Another employer already has this RUC: “%1”.</source>
        <translation>Otra empresa ya tiene este RUC: «%1».</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="311"/>
        <source>Employer: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="311"/>
        <source>Employer (read only): %1</source>
        <translation>Empresa (solo lectura): %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="360"/>
        <source>Accepted</source>
        <translation>Se aceptan</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="360"/>
        <source>Not accepted</source>
        <translation>No se aceptan</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="372"/>
        <source>Vacancies: %1 · positions: %2</source>
        <translation>Vacantes: %1 · puestos: %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="376"/>
        <source>No vacancies yet.</source>
        <translation>Todavía no hay vacantes.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="379"/>
        <source>* not saved yet: press Save to keep them.</source>
        <translation>* aún sin guardar: pulse Guardar para conservarlas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="436"/>
        <source>Write the employer&apos;s RUC (13 digits).</source>
        <translation>Escriba el RUC de la empresa (13 dígitos).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="442"/>
        <source>Write the trade name.</source>
        <translation>Escriba el nombre comercial.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="465"/>
        <source>Cannot save the employer</source>
        <translation>No se puede guardar la empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employer_dialog.py" line="477"/>
        <source>Save the changes to this employer?</source>
        <translation>¿Guardar los cambios de esta empresa?</translation>
    </message>
</context>
<context>
    <name>EmployersTab</name>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="48"/>
        <source>Filter by name, RUC, sector or contact…</source>
        <translation>Filtrar por nombre, RUC, sector o contacto…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="51"/>
        <source>&amp;New employer…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="56"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="56"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="59"/>
        <source>Import e&amp;mployers…</source>
        <translation>Importar e&amp;mpresas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="62"/>
        <source>Employers from a spreadsheet (CSV or Excel); those already listed are updated</source>
        <translation>Empresas desde una hoja de cálculo (CSV o Excel); las que ya están en la lista se actualizan</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="68"/>
        <source>Trade name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="69"/>
        <source>RUC</source>
        <translation>RUC</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="70"/>
        <source>Sector (CIIU)</source>
        <translation>Sector (CIIU)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="71"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="72"/>
        <source>Inclusive hiring</source>
        <translation>Contratación inclusiva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="73"/>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="126"/>
        <source>✓ Committed</source>
        <translation>✓ Comprometida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="135"/>
        <source>Positions: %1</source>
        <translation>Puestos: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="154"/>
        <source>No employers yet.</source>
        <translation>Todavía no hay empresas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="156"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/employers_tab.py" line="158"/>
        <source>Employers: %1</source>
        <translation>Empresas: %1</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="195"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="196"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="197"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="198"/>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/badge_entries.py" line="238"/>
        <source>First printed on %1: printing it again makes a second badge.</source>
        <translation>Impresa por primera vez el %1: si se imprime otra vez habrá una segunda credencial.</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="239"/>
        <location filename="../../src/coworking/gui/home_cards.py" line="286"/>
        <location filename="../../src/coworking/gui/home_cards.py" line="291"/>
        <source>Next event</source>
        <translation>Próximo evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="258"/>
        <source>Registrations added up day by day until the event</source>
        <translation>Inscripciones acumuladas día a día hasta el evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="261"/>
        <source>No job fair or workshop is coming up.</source>
        <translation>No hay ferias ni talleres próximos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="273"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidato</numerusform>
            <numerusform>%Ln candidatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="275"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln representante</numerusform>
            <numerusform>%Ln representantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="277"/>
        <source>%Ln visitor(s)</source>
        <translation>
            <numerusform>%Ln visitante</numerusform>
            <numerusform>%Ln visitantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="278"/>
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln miembro del personal</numerusform>
            <numerusform>%Ln miembros del personal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="291"/>
        <source>Event going on</source>
        <translation>Evento en curso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="292"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="304"/>
        <source>Came in: %1</source>
        <translation>Entraron: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="313"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="316"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="318"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="320"/>
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="325"/>
        <source>%1 of %Ln place(s) taken</source>
        <translation>
            <numerusform>%1 de %Ln plaza ocupada</numerusform>
            <numerusform>%1 de %Ln plazas ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="329"/>
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln inscrito</numerusform>
            <numerusform>%Ln inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="331"/>
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="94"/>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="96"/>
        <source>Employers and &amp;booths</source>
        <translation>Empresas y &amp;stands</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="98"/>
        <source>Re&amp;gistrations</source>
        <translation>Ins&amp;cripciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="121"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="147"/>
        <source>Job fair</source>
        <translation>Feria de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="148"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="152"/>
        <source>e.g. Feria de Empleo Manta 2026</source>
        <translation>p. ej. Feria de Empleo Manta 2026</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="156"/>
        <source>e.g. Centro de Convenciones, Malecón</source>
        <translation>p. ej. Centro de Convenciones, Malecón</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="164"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="168"/>
        <source>Most people that can be registered in advance; 0 means no limit.</source>
        <translation>Máximo de personas que pueden inscribirse por adelantado; 0 significa sin límite.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="178"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="179"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="180"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="181"/>
        <source>&amp;Starts on</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="182"/>
        <source>En&amp;ds on</source>
        <translation>Fecha de &amp;fin</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="183"/>
        <source>&amp;Capacity</source>
        <translation>Ca&amp;pacidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="209"/>
        <location filename="../../src/coworking/gui/event_dialog.py" line="557"/>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="210"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="211"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="212"/>
        <source>Vacancies</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="223"/>
        <source>&amp;Add employer…</source>
        <translation>&amp;Agregar empresa…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="225"/>
        <source>C&amp;hange booth…</source>
        <translation>Cam&amp;biar stand…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="227"/>
        <source>&amp;Remove from event</source>
        <translation>&amp;Quitar del evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="253"/>
        <source>Filter by name, company or code…</source>
        <translation>Filtrar por nombre, empresa o código…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="254"/>
        <source>Show cance&amp;lled</source>
        <translation>Mostrar ca&amp;nceladas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="258"/>
        <source>Register &amp;people…</source>
        <translation>Inscribir &amp;personas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="260"/>
        <source>&amp;Cancel registration…</source>
        <translation>Cancela&amp;r inscripción…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="265"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="266"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="267"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="268"/>
        <source>Badge code</source>
        <translation>Código de credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="269"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="308"/>
        <source>Save the event first; then add its employers and register people.</source>
        <translation>Primero guarde el evento; después agregue sus empresas e inscriba personas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="314"/>
        <source>Save the event &amp;now</source>
        <translation>Guardar el evento &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="371"/>
        <location filename="../../src/coworking/gui/event_dialog.py" line="420"/>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="371"/>
        <source>Event (read only): %1</source>
        <translation>Evento (solo lectura): %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="405"/>
        <source>Write the name of the event.</source>
        <translation>Escriba el nombre del evento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="407"/>
        <source>The event cannot end before it starts.</source>
        <translation>El evento no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="416"/>
        <source>Cannot save the event</source>
        <translation>No se puede guardar el evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="436"/>
        <source>Save the changes to this event?</source>
        <translation>¿Guardar los cambios de este evento?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="493"/>
        <source>Employers taking part: %1</source>
        <translation>Empresas participantes: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="495"/>
        <source>without a booth: %1</source>
        <translation>sin stand: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="516"/>
        <source>Cannot change the booth</source>
        <translation>No se puede cambiar el stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="533"/>
        <source>Add an employer to the event</source>
        <translation>Agregar una empresa al evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="535"/>
        <source>Every active employer already takes part. New employers are created in the Employers list.</source>
        <translation>Todas las empresas activas ya participan. Las empresas nuevas se crean en la lista de Empresas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="558"/>
        <source>Booth of “%1” (empty: not assigned yet):</source>
        <translation>Stand de «%1» (vacío: aún sin asignar):</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="575"/>
        <source>Remove from event</source>
        <translation>Quitar del evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="577"/>
        <source>Remove “%1” from this event? Its booth is freed; people already registered as its representatives stay registered.</source>
        <translation>¿Quitar a «%1» de este evento? Su stand queda libre; las personas ya inscritas como sus representantes siguen inscritas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="580"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="581"/>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="588"/>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="613"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="615"/>
        <source>Checked in %1</source>
        <translation>Ingresó %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="620"/>
        <source>Registered</source>
        <translation>Inscrito/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="642"/>
        <source>Registered: %1 · checked in: %2</source>
        <translation>Inscritas: %1 · ingresaron: %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="645"/>
        <source>capacity %1</source>
        <translation>capacidad %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="695"/>
        <source>Cancel the registration of “%1”? Their badge will no longer let them in.</source>
        <translation>¿Cancelar la inscripción de «%1»? Su credencial ya no le permitirá entrar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="699"/>
        <source>Cancel these %1 registrations? Their badges will no longer let them in.</source>
        <translation>¿Cancelar estas %1 inscripciones? Sus credenciales ya no les permitirán entrar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="703"/>
        <source>Cancel registration</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="705"/>
        <source>Cancel &amp;registration</source>
        <translation>Cancelar &amp;inscripción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="706"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/event_dialog.py" line="714"/>
        <source>Cannot cancel</source>
        <translation>No se puede cancelar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/fair_widgets.py" line="180"/>
        <source>Candidate</source>
        <translation>Candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/fair_widgets.py" line="181"/>
        <source>Employer representative</source>
        <translation>Representante de empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/fair_widgets.py" line="184"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/fair_widgets.py" line="185"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="41"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="46"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="49"/>
        <source>Import &amp;registrations…</source>
        <translation>Importar insc&amp;ripciones…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="52"/>
        <source>Registrations for the selected event, from a spreadsheet (CSV or Excel)</source>
        <translation>Inscripciones del evento elegido, desde una hoja de cálculo (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="58"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="60"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="61"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="62"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="63"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="64"/>
        <source>Checked in</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="99"/>
        <source>Job fair</source>
        <translation>Feria de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="99"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="121"/>
        <source>Events: %1, newest first</source>
        <translation>Eventos: %1, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="123"/>
        <source>No events yet.</source>
        <translation>Todavía no hay eventos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/events_tab.py" line="124"/>
        <source>Create the first one with “New event”.</source>
        <translation>Cree el primero con «Nuevo evento».</translation>
    </message>
</context>
<context>
    <name>FairsPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="56"/>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="160"/>
        <source>Job fairs</source>
        <translation>Ferias de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="58"/>
        <source>Events, employers and their vacancies; check-in at the door, booth interactions and what came of them.</source>
        <translation>Eventos, empresas y sus vacantes; entrada en la puerta, atención en los stands y sus resultados.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="66"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="73"/>
        <source>&amp;Door station (F9)</source>
        <translation>E&amp;stación de entrada (F9)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="76"/>
        <source>&amp;Booth station…</source>
        <translation>Estación de stan&amp;d…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="77"/>
        <source>&amp;Sign-in sheet (PDF)…</source>
        <translation>&amp;Hoja de firmas (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="78"/>
        <source>Enter &amp;paper sheet…</source>
        <translation>Ingresar hoja en &amp;papel…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="93"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="94"/>
        <source>Employers and vacancies</source>
        <translation>Empresas y vacantes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="95"/>
        <source>Outcomes and follow-up</source>
        <translation>Resultados y seguimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="160"/>
        <source>Create an event first (Events tab).</source>
        <translation>Primero cree un evento (pestaña Eventos).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="176"/>
        <source>Door station</source>
        <translation>Estación de entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="177"/>
        <source>Name of this entrance (it is logged with every scan):</source>
        <translation>Nombre de esta entrada (queda registrado con cada lectura):</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="198"/>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="205"/>
        <source>Booth station</source>
        <translation>Estación de stand</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="199"/>
        <source>No employer takes part in this event yet: add them in the event.</source>
        <translation>Todavía no participa ninguna empresa en este evento: agréguelas en el evento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="206"/>
        <source>Which booth is this station at?</source>
        <translation>¿En qué stand está esta estación?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="230"/>
        <source>Save sign-in sheet</source>
        <translation>Guardar hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="230"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="238"/>
        <location filename="../../src/coworking/gui/pages/fairs.py" line="242"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/fairs.py" line="243"/>
        <source>Saved %1 with %Ln person(s). Print it for the entrance.</source>
        <translation>
            <numerusform>Se guardó %1 con %Ln persona. Imprímala para la entrada.</numerusform>
            <numerusform>Se guardó %1 con %Ln personas. Imprímala para la entrada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="158"/>
        <source>Choose the spreadsheet</source>
        <translation>Elija la hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="160"/>
        <source>Each row is a person.</source>
        <translation>Cada fila es una persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="162"/>
        <source>Each row is a person registered for «%1»; people not in the registry yet are added to it.</source>
        <translation>Cada fila es una persona inscrita en «%1»; quienes aún no están en el registro se añaden a él.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="166"/>
        <source>Each row is an employer, found by its RUC: those already listed are updated.</source>
        <translation>Cada fila es una empresa, reconocida por su RUC: las que ya están en la lista se actualizan.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="173"/>
        <source>CSV (comma or semicolon, UTF-8 or as Excel saves it) or Excel .xlsx. The first row must hold the column names.</source>
        <translation>CSV (con comas o punto y coma, en UTF-8 o como lo guarda Excel) o Excel .xlsx. La primera fila debe tener los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="179"/>
        <source>No file chosen yet</source>
        <translation>Aún no ha elegido un archivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="180"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="184"/>
        <source>Saved correspondence (optional)</source>
        <translation>Correspondencia guardada (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="188"/>
        <source>If you saved the columns and values of an earlier import of the same kind of sheet, load them: they are applied on the next pages, where you can still change them.</source>
        <translation>Si guardó las columnas y los valores de una importación anterior con el mismo tipo de hoja, cárguelos: se aplican en las páginas siguientes, donde todavía puede cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="196"/>
        <source>&amp;Load a saved correspondence…</source>
        <translation>&amp;Cargar una correspondencia guardada…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="225"/>
        <source>Spreadsheet to import</source>
        <translation>Hoja de cálculo para importar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="225"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="240"/>
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n columna: %1</numerusform>
            <numerusform>%n columnas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="247"/>
        <source>Saved correspondence</source>
        <translation>Correspondencia guardada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="255"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="258"/>
        <source>Loaded «%1»: %2 and %3; they are applied on the next pages.</source>
        <translation>Se cargó «%1»: %2 y %3; se aplican en las páginas siguientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="261"/>
        <source>%n chosen value(s)</source>
        <translation>
            <numerusform>%n valor elegido</numerusform>
            <numerusform>%n valores elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="123"/>
        <source>Welcome, {name}</source>
        <translation>Hola, {name}</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="128"/>
        <location filename="../../src/coworking/gui/pages/home.py" line="251"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="145"/>
        <source>People registered</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="146"/>
        <source>Entrepreneurs</source>
        <translation>Personas emprendedoras</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="147"/>
        <source>Job fairs and workshops</source>
        <translation>Ferias de empleo y talleres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="148"/>
        <source>Co-working visits today</source>
        <translation>Visitas al coworking hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="198"/>
        <source>Working from the keyboard</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="200"/>
        <source>Ctrl+1 to Ctrl+8 move between the areas listed on the left.</source>
        <translation>Ctrl+1 a Ctrl+8 cambian entre las secciones de la izquierda.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="201"/>
        <source>Ctrl+L locks the screen when you leave the desk; Ctrl+Q quits.</source>
        <translation>Ctrl+L bloquea la pantalla cuando se aleja del escritorio; Ctrl+Q cierra el programa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="264"/>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="281"/>
        <source>The figures could not be loaded: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="209"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="211"/>
        <source>Ask for consent and record only the data that is needed.</source>
        <translation>Pida el consentimiento y registre solo los datos necesarios.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/home.py" line="213"/>
        <source>Information about migrants and refugees is sensitive: handle it with care.</source>
        <translation>La información de personas migrantes y refugiadas es sensible: trátela con cuidado.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="65"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="66"/>
        <source>Import registrations: %1</source>
        <translation>Importar inscripciones: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="67"/>
        <source>Import employers</source>
        <translation>Importar empresas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_wizard.py" line="118"/>
        <source>Save correspondence</source>
        <translation>Guardar correspondencia</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="301"/>
        <source>Who is in</source>
        <translation>Quién está dentro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="307"/>
        <source>Ctrl+↑ ↓: choose a person · Ctrl+O: check out</source>
        <translation>Ctrl+↑ ↓: elegir a una persona · Ctrl+O: registrar salida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="313"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="313"/>
        <source>Desk · until</source>
        <translation>Escritorio · hasta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="313"/>
        <source>Name · desk</source>
        <translation>Nombre · escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="318"/>
        <source>Ctrl+↑ / Ctrl+↓: choose a person · Ctrl+O: check out</source>
        <translation>Ctrl+↑ / Ctrl+↓: elegir a una persona · Ctrl+O: registrar salida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="331"/>
        <source>Check out (Ctrl+O)</source>
        <translation>Registrar salida (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="334"/>
        <source>Check out the person selected in the list (Ctrl+O)</source>
        <translation>Registrar la salida de la persona elegida en la lista (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="356"/>
        <source>person(s) in now</source>
        <translation>
            <numerusform>persona dentro ahora</numerusform>
            <numerusform>personas dentro ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="366"/>
        <source>The booking is over</source>
        <translation>La reserva ya terminó</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="130"/>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="134"/>
        <source>Signed in as {name}. Type your password to continue.</source>
        <translation>Sesión de {name}. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="144"/>
        <location filename="../../src/coworking/gui/lock.py" line="145"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="152"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="155"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/lock.py" line="194"/>
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
        <location filename="../../src/coworking/gui/main_window.py" line="192"/>
        <source>Areas of the program</source>
        <translation>Secciones del programa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="206"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="215"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="218"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="228"/>
        <source>&amp;Go</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="239"/>
        <source>&amp;About Coworking</source>
        <translation>&amp;Acerca de Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="255"/>
        <source>Test clock: started at %1</source>
        <translation>Reloj de prueba: empezó el %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="258"/>
        <source>The COWORKING_CLOCK setting moves the program&apos;s clock.</source>
        <translation>La variable COWORKING_CLOCK mueve el reloj del programa: no es la hora real.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="381"/>
        <source>About Coworking</source>
        <translation>Acerca de Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/main_window.py" line="383"/>
        <source>&lt;h3&gt;Coworking {version}&lt;/h3&gt;&lt;p&gt;Co-working spaces and job fairs for municipalities in Ecuador: registration, bookings, check-in, badges, reports and exports.&lt;/p&gt;&lt;p&gt;Personal data is protected as the LOPDP requires: every change is audited.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coworking {version}&lt;/h3&gt;&lt;p&gt;Espacios de coworking y ferias de empleo para municipios del Ecuador: registro de personas, reservas, registro de entrada, credenciales, informes y exportaciones.&lt;/p&gt;&lt;p&gt;Los datos personales se protegen como exige la LOPDP: cada cambio queda en el registro de auditoría.&lt;/p&gt;&lt;p&gt;Software libre bajo la licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberResults</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="276"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="277"/>
        <source>Born · document · canton</source>
        <translation>Nac. · documento · cantón</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="278"/>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="279"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="288"/>
        <source>In since %1</source>
        <translation>Dentro desde las %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="289"/>
        <source>Not in</source>
        <translation>Fuera</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="136"/>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="400"/>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="416"/>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="429"/>
        <source>Merge records</source>
        <translation>Unir registros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="139"/>
        <source>Two records of the same person become one. Choose the record to keep and, where they differ, which value stays.</source>
        <translation>Dos registros de la misma persona pasan a ser uno. Elija el registro que se conserva y, donde difieren, qué dato queda.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="163"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="167"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="186"/>
        <source>Keep record &amp;A: no. %1 · %2 · created on %3</source>
        <translation>Conservar el registro &amp;A: n.º %1 · %2 · creado el %3</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="187"/>
        <source>Keep record &amp;B: no. %1 · %2 · created on %3</source>
        <translation>Conservar el registro &amp;B: n.º %1 · %2 · creado el %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="211"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="212"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="213"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="214"/>
        <source>consent: %1</source>
        <translation>consentimiento: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="215"/>
        <source>none active</source>
        <translation>ninguno vigente</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="219"/>
        <source>card %1</source>
        <translation>carné %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="238"/>
        <source>Record %1 · no. %2</source>
        <translation>Registro %1 · n.º %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="241"/>
        <source>(kept)</source>
        <translation>(se conserva)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="252"/>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="276"/>
        <source>The same in both records</source>
        <translation>Igual en los dos registros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="298"/>
        <source>Further documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="319"/>
        <source>The document that does not stay becomes a further document of the kept record: searching for it finds the person.</source>
        <translation>El documento que no quede pasará a ser otro documento del registro conservado: al buscarlo se encontrará a la persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="362"/>
        <source>Record no. %1 will be kept.</source>
        <translation>Se conservará el registro n.º %1.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="364"/>
        <source>The visits, bookings, registrations and consents of no. %1 move to it; no. %1 stays in the history as merged.</source>
        <translation>Las visitas, reservas, inscripciones y consentimientos del n.º %1 pasarán a él; el n.º %1 quedará en el historial como unido.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="373"/>
        <source>Taken from no. %1: %2.</source>
        <translation>Del n.º %1 se tomarán: %2.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="379"/>
        <source>Consent will be the more restrictive of the two: %1.</source>
        <translation>El consentimiento será el más restrictivo de los dos: %1.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="384"/>
        <source>Consent will be the more restrictive of the two: none, so it must be asked for again.</source>
        <translation>El consentimiento será el más restrictivo de los dos: ninguno, así que habrá que pedirlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="401"/>
        <source>Merge record no. %1 into no. %2? It can be undone from the history.</source>
        <translation>¿Unir el registro n.º %1 al n.º %2? Se puede deshacer desde el historial.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/merge_dialog.py" line="434"/>
        <source>Only coordinators and administrators can merge records.</source>
        <translation>Solo coordinación y administración pueden unir registros.</translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="198"/>
        <source>Visits this month</source>
        <translation>Visitas este mes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="200"/>
        <source>Visits added up day by day, this month and the last</source>
        <translation>Visitas acumuladas día a día, este mes y el anterior</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="213"/>
        <source>day 1</source>
        <translation>día 1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="213"/>
        <source>days 1–%1</source>
        <translation>días 1–%1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="217"/>
        <source>change</source>
        <translation>variación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="222"/>
        <source>All of %1: %Ln visit(s)</source>
        <translation>
            <numerusform>%1 completo: %Ln visita</numerusform>
            <numerusform>%1 completo: %Ln visitas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="231"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="47"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="48"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="49"/>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="50"/>
        <source>Job fairs</source>
        <translation>Ferias de empleo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="51"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="55"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="61"/>
        <source>Synchronization</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="67"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="76"/>
        <source>Only administrators can open this area.</source>
        <translation>Solo una cuenta de administrador puede abrir esta sección.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="78"/>
        <source>Only coordinators and administrators can open this area.</source>
        <translation>Solo coordinadores y administradores pueden abrir esta sección.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/__init__.py" line="81"/>
        <source>Your role cannot open this area.</source>
        <translation>Su rol no permite abrir esta sección.</translation>
    </message>
</context>
<context>
    <name>OccupancyBoard</name>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="77"/>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="115"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="78"/>
        <source>Occupied</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="79"/>
        <source>Reserved, not arrived</source>
        <translation>Reservado, sin llegar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="80"/>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="116"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="100"/>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="108"/>
        <source>Not arrived</source>
        <translation>Sin llegar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="112"/>
        <source>until %1 (closing)</source>
        <translation>hasta %1 (cierre)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="164"/>
        <source>%1 seats</source>
        <translation>%1 puestos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_board.py" line="389"/>
        <source>No desks or rooms yet. Coordinators add them in the space set-up.</source>
        <translation>Todavía no hay escritorios ni salas. La coordinación los agrega en la configuración del espacio.</translation>
    </message>
</context>
<context>
    <name>OccupancyCharts</name>
    <message>
        <location filename="../../src/coworking/gui/occupancy_charts.py" line="152"/>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_charts.py" line="185"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_charts.py" line="186"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_charts.py" line="187"/>
        <source>No-shows</source>
        <translation>Inasistencias</translation>
    </message>
</context>
<context>
    <name>OccupancyTab</name>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="202"/>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="205"/>
        <source>Reload the board, the lists and the charts now</source>
        <translation>Volver a cargar ahora el tablero, las listas y los gráficos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="218"/>
        <source>Desks and rooms now</source>
        <translation>Escritorios y salas ahora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="233"/>
        <source>People by hour</source>
        <translation>Personas por hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="240"/>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="241"/>
        <source>Day of the hourly chart</source>
        <translation>Día del gráfico por hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="248"/>
        <source>People present by hour</source>
        <translation>Personas presentes por hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="256"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="261"/>
        <source>Visits, people and no-shows by day, last 30 days</source>
        <translation>Visitas, personas e inasistencias por día, últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="282"/>
        <source>Who is in</source>
        <translation>Quién está dentro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="286"/>
        <source>Nobody is checked in.</source>
        <translation>No hay nadie dentro.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="295"/>
        <source>Repeated no-shows</source>
        <translation>Inasistencias repetidas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="301"/>
        <source>Nobody has missed bookings repeatedly.</source>
        <translation>Nadie ha faltado a sus reservas repetidamente.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="377"/>
        <source>The occupancy could not be loaded: %1</source>
        <translation>No se pudo cargar la ocupación: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="392"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="394"/>
        <source>Who is in (%1)</source>
        <translation>Quién está dentro (%1)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="400"/>
        <source>%1 or more bookings missed in the last 60 days.</source>
        <translation>%1 o más reservas perdidas en los últimos 60 días.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="408"/>
        <source>No-shows: %1 · last: %2</source>
        <translation>Inasistencias: %1 · última: %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="421"/>
        <source>No booked space · since %1</source>
        <translation>Sin espacio reservado · desde las %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="430"/>
        <source>People in: %1</source>
        <translation>Personas dentro: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="432"/>
        <source>Closed now</source>
        <translation>Cerrado ahora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="437"/>
        <source>Free desks: %1 of %2</source>
        <translation>Escritorios libres: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="443"/>
        <source>Free rooms: %1 of %2</source>
        <translation>Salas libres: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="449"/>
        <source>Not arrived yet: %1</source>
        <translation>Sin llegar todavía: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="455"/>
        <source>Closed today</source>
        <translation>Cerrado hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/occupancy_tab.py" line="457"/>
        <source>Open today %1–%2</source>
        <translation>Abierto hoy %1–%2</translation>
    </message>
</context>
<context>
    <name>OccupationCombo</name>
    <message>
        <location filename="../../src/coworking/gui/occupation_combo.py" line="86"/>
        <source>Type words or the code, e.g. software</source>
        <translation>Escriba palabras o el código, p. ej. software</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="65"/>
        <source>Free desks now</source>
        <translation>Escritorios libres ahora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="69"/>
        <source>Enter or Alt+E: assign the selected desk · ↑ ↓: choose · Esc: no desk</source>
        <translation>Enter o Alt+E: asignar el escritorio elegido · ↑ ↓: elegir · Esc: sin escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="77"/>
        <source>Double-click or Enter assigns the selected desk</source>
        <translation>Doble clic o Enter asigna el escritorio elegido</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="86"/>
        <source>Assign d&amp;esk</source>
        <translation>Asignar &amp;escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="88"/>
        <source>Give the selected desk now (Alt+E or Enter)</source>
        <translation>Dar ahora el escritorio elegido (Alt+E o Enter)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="89"/>
        <source>No desk (Esc)</source>
        <translation>Sin escritorio (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="91"/>
        <source>The person stays without a desk (Esc)</source>
        <translation>La persona se queda sin escritorio (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="123"/>
        <source>%1 — free until %2</source>
        <translation>%1 — libre hasta las %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/desk_station_offer.py" line="170"/>
        <source>The desk could not be assigned: check the network or the database.</source>
        <translation>No se pudo asignar el escritorio: revise la red o la base de datos.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="133"/>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="276"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="135"/>
        <source>Bookings and check-ins follow these hours; holidays and closures take precedence.</source>
        <translation>Las reservas y los registros de entrada siguen este horario; los feriados y cierres tienen prioridad.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="142"/>
        <source>Open on</source>
        <translation>Abre el</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="142"/>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="142"/>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="164"/>
        <source>Sa&amp;ve hours</source>
        <translation>Guar&amp;dar horario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="167"/>
        <source>&amp;Undo changes</source>
        <translation>Deshacer ca&amp;mbios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="216"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="246"/>
        <source>%1: times go in quarter hours (08:00, 08:15, 08:30…).</source>
        <translation>%1: las horas van en cuartos de hora (08:00, 08:15, 08:30…).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="250"/>
        <source>%1: closing time (%2) must be after opening time (%3).</source>
        <translation>%1: la hora de cierre (%2) debe ser posterior a la de apertura (%3).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/opening_hours_editor.py" line="283"/>
        <source>Opening hours saved.</source>
        <translation>Horario guardado.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="121"/>
        <source>no particular vacancy</source>
        <translation>sin vacante concreta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="75"/>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="75"/>
        <source>Correct outcome</source>
        <translation>Corregir resultado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="86"/>
        <source>Name or badge code</source>
        <translation>Nombre o código de credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="109"/>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidato/a:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="116"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="120"/>
        <source>— No vacancy —</source>
        <translation>— Sin vacante —</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="132"/>
        <source>&amp;Vacancy:</source>
        <translation>&amp;Vacante:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="141"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="147"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="232"/>
        <source>Choose the candidate from the list.</source>
        <translation>Elija al candidato/a de la lista.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcome_dialog.py" line="236"/>
        <source>A hire needs its vacancy.</source>
        <translation>Una contratación necesita su vacante.</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="93"/>
        <source>Outcomes of the fair</source>
        <translation>Resultados de la feria</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="97"/>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Registrar resultado…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="101"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="103"/>
        <source>Correct the chosen outcome (Enter or F2)</source>
        <translation>Corregir el resultado elegido (Intro o F2)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="105"/>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="345"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="107"/>
        <source>Delete the chosen outcome (Delete key)</source>
        <translation>Eliminar el resultado elegido (tecla Supr)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="114"/>
        <source>Read only: coordinators record outcomes.</source>
        <translation>Solo lectura: los resultados los registra la coordinación.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="127"/>
        <source>As in the fair report: candidates&apos; outcomes up to today. People: different people with that result (merged records count once). Records: outcomes recorded; someone hired for two vacancies adds two records and one person.</source>
        <translation>Como en el informe de la feria: resultados de candidatos hasta hoy. Personas: personas distintas con ese resultado (los registros unidos cuentan una vez). Registros: resultados anotados; quien fue contratado para dos vacantes suma dos registros y una persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="137"/>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="193"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="138"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="139"/>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="195"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="140"/>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="196"/>
        <source>Vacancy</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="141"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="162"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="166"/>
        <source>&amp;All events</source>
        <translation>&amp;Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="168"/>
        <source>Show the follow-ups of every fair, not only this one</source>
        <translation>Mostrar los seguimientos de todas las ferias, no solo de esta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="170"/>
        <source>&amp;Mark as done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="183"/>
        <source>Call each person hired 30 and 90 days after the hire to ask how it is going.</source>
        <translation>Llame a cada persona contratada a los 30 y a los 90 días de la contratación para saber cómo le va.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="194"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="197"/>
        <source>Hired on</source>
        <translation>Contratado/a el</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="198"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="199"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="233"/>
        <source>%Ln recorded</source>
        <translation>
            <numerusform>%Ln registrado</numerusform>
            <numerusform>%Ln registrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="244"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="248"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="255"/>
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="277"/>
        <source>Not counted in the fair&apos;s figures: only candidates have outcomes. Correct it or delete it.</source>
        <translation>No cuenta en las cifras de la feria: solo los candidatos tienen resultados. Corríjalo o elimínelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="288"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="289"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="341"/>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="353"/>
        <source>Delete outcome</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="342"/>
        <source>Delete this outcome?
%1
The audit log keeps a record of it.</source>
        <translation>¿Eliminar este resultado?
%1
El registro de auditoría guarda constancia de él.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="346"/>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
</context>
<context>
    <name>PaperTicksDialog</name>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="134"/>
        <source>Paper sign-in sheet — %1</source>
        <translation>Hoja de entrada en papel — %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="138"/>
        <source>Arrivals ticked on paper</source>
        <translation>Llegadas marcadas en papel</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="142"/>
        <source>Tick the people marked on the sheet and save: they are checked in at the time written beside their name. People already in are shown greyed.</source>
        <translation>Marque a las personas señaladas en la hoja y guarde: se registra su entrada a la hora anotada junto a su nombre. Quienes ya entraron aparecen en gris.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="156"/>
        <source>e.g. Main door</source>
        <translation>p. ej. Puerta principal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="159"/>
        <source>&amp;Entrance on the sheet:</source>
        <translation>&amp;Entrada de la hoja:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="168"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="177"/>
        <source>Arrival &amp;time for the next ticks:</source>
        <translation>&amp;Hora de llegada para las próximas marcas:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="189"/>
        <source>Filter by name or badge code; Enter ticks the only match</source>
        <translation>Filtrar por nombre o código; Enter marca la única coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="201"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="202"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="203"/>
        <source>Family names, given names</source>
        <translation>Apellidos, nombres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="204"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="205"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="206"/>
        <source>Badge code</source>
        <translation>Código de credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="207"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="238"/>
        <source>Space ticks the selected row · Ctrl+Enter saves</source>
        <translation>Espacio marca la fila seleccionada · Ctrl+Enter guarda</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="242"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="243"/>
        <source>&amp;Save ticks (Ctrl+Enter)</source>
        <translation>&amp;Guardar marcas (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="296"/>
        <source>Already checked in</source>
        <translation>Ya registró su entrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="320"/>
        <source>%Ln ticked · %1 already in · %2 on the list</source>
        <translation>
            <numerusform>%Ln marcada · %1 ya dentro · %2 en la lista</numerusform>
            <numerusform>%Ln marcadas · %1 ya dentro · %2 en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="416"/>
        <source>Entered %Ln arrival(s) from paper.</source>
        <translation>
            <numerusform>Se ingresó %Ln llegada desde el papel.</numerusform>
            <numerusform>Se ingresaron %Ln llegadas desde el papel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="419"/>
        <source>%Ln already in, not counted twice (logged as duplicates).</source>
        <translation>
            <numerusform>%Ln ya había entrado y no se contó dos veces (queda registrada como duplicada).</numerusform>
            <numerusform>%Ln ya habían entrado y no se contaron dos veces (quedan registradas como duplicadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="423"/>
        <source>%Ln could not be entered: the registration is cancelled, or the person has no current consent for registration.</source>
        <translation>
            <numerusform>%Ln no se pudo ingresar: la inscripción está cancelada o la persona no tiene consentimiento vigente para el registro.</numerusform>
            <numerusform>%Ln no se pudieron ingresar: las inscripciones están canceladas o las personas no tienen consentimiento vigente para el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="449"/>
        <source>%Ln tick(s) not saved. Close and lose them?</source>
        <translation>
            <numerusform>Hay %Ln marca sin guardar. ¿Cerrar y perderla?</numerusform>
            <numerusform>Hay %Ln marcas sin guardar. ¿Cerrar y perderlas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="387"/>
        <source>Tick at least one person first.</source>
        <translation>Primero marque al menos a una persona.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="412"/>
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="448"/>
        <source>Paper sign-in sheet</source>
        <translation>Hoja de entrada en papel</translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="162"/>
        <source>Database busy</source>
        <translation>Base de datos ocupada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="163"/>
        <source>%1 is waiting: saved in a few seconds. Keep scanning.</source>
        <translation>%1 queda en espera: se guarda en unos segundos. Siga escaneando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pending_scans.py" line="171"/>
        <source>%n scan(s) waiting for the database, saved as soon as it is free.</source>
        <translation>
            <numerusform>%n escaneo en espera de la base de datos; se guardará en cuanto esté libre.</numerusform>
            <numerusform>%n escaneos en espera de la base de datos; se guardarán en cuanto esté libre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="176"/>
        <source>Pending scan saved: %1 (scanned at %2)</source>
        <translation>Escaneo en espera guardado: %1 (escaneado a las %2)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="182"/>
        <source>the database gave an error.</source>
        <translation>la base de datos dio un error.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="184"/>
        <source>The pending scan of %1 (%2) was not saved: %3 Scan again.</source>
        <translation>El escaneo en espera de %1 (%2) no se guardó: %3 Vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pending_scans.py" line="192"/>
        <source>Scans not saved</source>
        <translation>Escaneos sin guardar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pending_scans.py" line="193"/>
        <source>%n scan(s) could not be saved (the database is still busy) and went to the program&apos;s log. Note the list down, or scan again once the database is free:</source>
        <translation>
            <numerusform>No se pudo guardar %n escaneo (la base de datos sigue ocupada); quedó anotado en el registro del programa. Anote la lista o vuelva a escanear cuando la base de datos esté libre:</numerusform>
            <numerusform>No se pudieron guardar %n escaneos (la base de datos sigue ocupada); quedaron anotados en el registro del programa. Anote la lista o vuelva a escanear cuando la base de datos esté libre:</numerusform>
        </translation>
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
        <location filename="../../src/coworking/gui/pages/people.py" line="38"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="40"/>
        <source>Everyone registered at this space and its job fairs. Search by name, document or phone, in any order.</source>
        <translation>Todas las personas registradas en este espacio y en sus ferias de empleo. Busque por nombre, documento o teléfono, en cualquier orden.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="49"/>
        <source>Search: e.g. nunez jose, 0991234567…</source>
        <translation>Buscar: p. ej. nuñez jose, 0991234567…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="52"/>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="53"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="56"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="59"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Unir…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="61"/>
        <source>Select two records of the same person (Ctrl+click)</source>
        <translation>Seleccione dos registros de la misma persona (Ctrl+clic)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="63"/>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplicados…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="64"/>
        <source>Possible duplicates in the whole registry</source>
        <translation>Posibles duplicados en todo el registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/people.py" line="106"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="126"/>
        <source>Merge records</source>
        <translation>Unir registros</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/people.py" line="127"/>
        <source>Select exactly two records of the same person (Ctrl+click), then Merge.</source>
        <translation>Seleccione exactamente dos registros de la misma persona (Ctrl+clic) y luego Unir.</translation>
    </message>
</context>
<context>
    <name>PersonBadgesTab</name>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="160"/>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="49"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="49"/>
        <source>First printed</source>
        <translation>Primera impresión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="49"/>
        <source>Badge or card</source>
        <translation>Credencial o carné</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="60"/>
        <location filename="../../src/coworking/gui/person_badges.py" line="121"/>
        <source>&amp;Print badge…</source>
        <translation>&amp;Imprimir credencial…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="65"/>
        <source>&amp;Stock:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="84"/>
        <source>Co-working member card</source>
        <translation>Carné de miembro del coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="85"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="121"/>
        <source>&amp;Print card…</source>
        <translation>&amp;Imprimir carné…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="168"/>
        <source>Print the card again</source>
        <translation>Imprimir el carné otra vez</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="169"/>
        <source>This card was already printed on {when}. Print it again?</source>
        <translation>Este carné ya se imprimió el {when}. ¿Imprimirlo otra vez?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="171"/>
        <source>Print the badge again</source>
        <translation>Volver a imprimir la credencial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_badges.py" line="172"/>
        <source>This badge was already printed on {when}. Print it again?</source>
        <translation>Esta credencial ya se imprimió el {when}. ¿Imprimirla otra vez?</translation>
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
        <location filename="../../src/coworking/gui/person_form.py" line="91"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="93"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="126"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="128"/>
        <location filename="../../src/coworking/gui/person_form.py" line="294"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="141"/>
        <source>Cédula</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="142"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="143"/>
        <source>Refugee document</source>
        <translation>Documento de refugiado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="144"/>
        <source>Visa or permit</source>
        <translation>Visa o permiso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="145"/>
        <location filename="../../src/coworking/gui/person_form.py" line="157"/>
        <location filename="../../src/coworking/gui/person_form.py" line="168"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="146"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="155"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="156"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="158"/>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="164"/>
        <source>Host community</source>
        <translation>Comunidad de acogida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="165"/>
        <source>Migrant or refugee in destination</source>
        <translation>Migrante o refugiado en destino</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="166"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="167"/>
        <source>Returnee</source>
        <translation>Retornado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="264"/>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirar consentimiento…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="270"/>
        <source>&amp;Record consent again…</source>
        <translation>Dar consentimiento de nue&amp;vo…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="279"/>
        <source>Edit person · member code %1</source>
        <translation>Editar persona · código de socio %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="311"/>
        <location filename="../../src/coworking/gui/person_form.py" line="356"/>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="312"/>
        <source>What does the person withdraw?</source>
        <translation>¿Qué retira la persona?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="318"/>
        <source>Without consent for registration and services the person can no longer come in, book or register for fairs, until they give it again.</source>
        <translation>Sin el consentimiento para el registro y los servicios, la persona ya no puede entrar, reservar ni inscribirse en ferias, hasta que lo dé de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="325"/>
        <source>Statistics only</source>
        <translation>Solo estadísticas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="326"/>
        <source>Contact only</source>
        <translation>Solo contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="333"/>
        <source>Statistics and contact only</source>
        <translation>Solo estadísticas y contacto</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="336"/>
        <source>All of it</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="434"/>
        <source>Write the date as dd/mm/yyyy, e.g. 04/03/1990.</source>
        <translation>Escriba la fecha como dd/mm/aaaa, p. ej. 04/03/1990.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="453"/>
        <source>Write the business name.</source>
        <translation>Escriba el nombre del emprendimiento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="456"/>
        <source>Without consent for registration the data cannot be saved.</source>
        <translation>Sin consentimiento para el registro no se pueden guardar los datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="505"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="513"/>
        <source>Already registered</source>
        <translation>Ya está registrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="516"/>
        <source>Open the existing record</source>
        <translation>Abrir el registro existente</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_form.py" line="518"/>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
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
    <name>PersonHistoryView</name>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="41"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="41"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="41"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="48"/>
        <source>Select a merge line to undo it.</source>
        <translation>Seleccione la línea de una unión para deshacerla.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="50"/>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Deshacer unión…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="106"/>
        <location filename="../../src/coworking/gui/person_history_view.py" line="123"/>
        <source>Undo merge</source>
        <translation>Deshacer unión</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/person_history_view.py" line="108"/>
        <source>Undo the merge of “%1” (no. %2)? That record becomes separate again, with its visits, bookings, registrations and consent as before the merge. Changes made to this record since then stay.</source>
        <translation>¿Deshacer la unión de «%1» (n.º %2)? Ese registro volverá a estar aparte, con sus visitas, reservas, inscripciones y consentimiento como antes de la unión. Los cambios hechos a este registro desde entonces se mantienen.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/coworking/gui/person_picker.py" line="30"/>
        <source>Name, surname or document…</source>
        <translation>Nombre, apellido o documento…</translation>
    </message>
</context>
<context>
    <name>RatingStars</name>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="73"/>
        <location filename="../../src/coworking/gui/booth_station.py" line="111"/>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booth_station.py" line="109"/>
        <source>No rating (keys 1–5)</source>
        <translation>Sin valoración (teclas 1–5)</translation>
    </message>
</context>
<context>
    <name>RecentScansTable</name>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="312"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="312"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="312"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="328"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="330"/>
        <source>Checked in</source>
        <translation>Ingresó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="331"/>
        <source>Already in</source>
        <translation>Ya ingresó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="332"/>
        <source>Misread</source>
        <translation>Mal leído</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="333"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="334"/>
        <source>Other event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="335"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="336"/>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
</context>
<context>
    <name>RegisterPeopleDialog</name>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="116"/>
        <source>Register people</source>
        <translation>Inscribir personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="121"/>
        <source>Name, document or phone, e.g. nunez maria</source>
        <translation>Nombre, documento o teléfono, p. ej. nunez maria</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="122"/>
        <source>&amp;Search the registry</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="129"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="130"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="131"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="132"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="133"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="134"/>
        <source>At this event</source>
        <translation>En este evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="163"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="166"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="178"/>
        <source>&amp;Register selected</source>
        <translation>&amp;Inscribir seleccionadas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="219"/>
        <source>booth %1</source>
        <translation>stand %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="222"/>
        <source>No employers at this event yet</source>
        <translation>Aún no hay empresas en este evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="281"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="295"/>
        <source>first %1 of %2: type more to narrow</source>
        <translation>primeras %1 de %2: escriba más para acotar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="300"/>
        <source>Found: %1</source>
        <translation>Encontradas: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="339"/>
        <source>Add the employer to the event first, in “Employers and booths”; then register its representatives.</source>
        <translation>Primero agregue la empresa al evento, en «Empresas y stands»; después inscriba a sus representantes.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="382"/>
        <source>Cannot register</source>
        <translation>No se puede inscribir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="388"/>
        <source>Registered as %1: %2</source>
        <translation>Inscritas como %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="393"/>
        <source>Already registered: %1</source>
        <translation>Ya estaban inscritas: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/register_people_dialog.py" line="397"/>
        <source>Not registered, without a current consent for registration and services (it can be given again in their record, in People): %1</source>
        <translation>No inscritas, sin consentimiento vigente para el registro y los servicios (puede darse de nuevo en su ficha, en Personas): %1</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="77"/>
        <source>&amp;Co-working space</source>
        <translation>Espacio de &amp;coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="78"/>
        <source>&amp;Job fair or event</source>
        <translation>&amp;Feria o evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="85"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="88"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="96"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="97"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="98"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="99"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="100"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="101"/>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="104"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="105"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="119"/>
        <source>&amp;Space:</source>
        <translation>E&amp;spacio:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="120"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="121"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="123"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/report_form.py" line="126"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="84"/>
        <location filename="../../src/coworking/gui/pages/reports.py" line="183"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="86"/>
        <source>Attendance summaries for the municipality and the programme: who came, how often, and who they were. Counts of different people, never names.</source>
        <translation>Resúmenes de asistencia para el municipio y el programa: quién vino, con qué frecuencia y quiénes eran. Se cuentan personas distintas, nunca nombres.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="95"/>
        <source>Only coordinators and administrators can make attendance reports.</source>
        <translation>Solo coordinación y administración pueden preparar informes de asistencia.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="105"/>
        <source>&amp;Generate report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="108"/>
        <source>Compute the report and show it (Ctrl+G)</source>
        <translation>Calcula el informe y lo muestra (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="109"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Guardar en E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="111"/>
        <source>Save the same tables as an Excel workbook (Ctrl+E)</source>
        <translation>Guarda las mismas tablas en un libro de Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="119"/>
        <source>Choose a space and a period, or a job fair, and press Generate (Ctrl+G): the report appears here, ready to print or save.</source>
        <translation>Elija un espacio y un periodo, o una feria, y pulse Generar (Ctrl+G): el informe aparece aquí, listo para imprimir o guardar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="122"/>
        <source>Save report as PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="123"/>
        <source>Print report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="171"/>
        <source>The choices changed: press Generate to bring the report up to date.</source>
        <translation>Las opciones cambiaron: pulse Generar para actualizar el informe.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="188"/>
        <source>Computing the report</source>
        <translation>Calculando el informe</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="189"/>
        <source>Drawing part %1 of %2</source>
        <translation>Dibujando la parte %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="219"/>
        <source>Report generated at %1.</source>
        <translation>Informe generado a las %1.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="235"/>
        <source>Save report as Excel</source>
        <translation>Guardar el informe en Excel</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="235"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="243"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/reports.py" line="253"/>
        <source>Saving the workbook</source>
        <translation>Guardando el libro</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="35"/>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="36"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="37"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="75"/>
        <source>e.g. Escritorio 12, Sala de reuniones</source>
        <translation>p. ej. Escritorio 12, Sala de reuniones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="97"/>
        <source>Separated by commas, e.g. Lockers, Cafetera</source>
        <translation>Separado por comas, p. ej. Casilleros, Cafetera</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="98"/>
        <source>&amp;Active: can be booked and given to walk-ins</source>
        <translation>&amp;Activo: se puede reservar y asignar a quien llega sin reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="116"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="117"/>
        <source>&amp;Capacity</source>
        <translation>Ca&amp;pacidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="118"/>
        <source>A&amp;menities</source>
        <translation>&amp;Equipamiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="122"/>
        <source>&amp;Other amenities</source>
        <translation>&amp;Otro equipamiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="145"/>
        <source>New desk or room</source>
        <translation>Nuevo escritorio o sala</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="159"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="159"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="165"/>
        <source>That desk or room no longer exists.</source>
        <translation>Ese escritorio o sala ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="174"/>
        <source>Desk or room: %1</source>
        <translation>Espacio: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="174"/>
        <source>%1 (read only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/resource_dialog.py" line="221"/>
        <source>Write the name of the space.</source>
        <translation>Escriba el nombre del espacio.</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="59"/>
        <location filename="../../src/coworking/gui/space_resources.py" line="197"/>
        <location filename="../../src/coworking/gui/space_resources.py" line="270"/>
        <source>Desks and rooms</source>
        <translation>Escritorios y salas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="61"/>
        <source>What people can book or be given when they walk in. A space taken out of service is kept here, greyed, and can be brought back.</source>
        <translation>Lo que se puede reservar o asignar a quien llega sin reserva. Un espacio fuera de servicio queda aquí, en gris, y se puede reactivar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="72"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="74"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="75"/>
        <source>Amenities</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="76"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="86"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="89"/>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="89"/>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="91"/>
        <source>Deac&amp;tivate…</source>
        <translation>Desac&amp;tivar…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="93"/>
        <source>React&amp;ivate</source>
        <translation>React&amp;ivar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="142"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="142"/>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="156"/>
        <source>Desks: %1</source>
        <translation>Escritorios: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="157"/>
        <source>Rooms: %1</source>
        <translation>Salas: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="158"/>
        <source>Other: %1</source>
        <translation>Otros: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="162"/>
        <source>Out of service: %1</source>
        <translation>Fuera de servicio: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="164"/>
        <source>No desks or rooms yet: add the first one.</source>
        <translation>Aún no hay escritorios ni salas: agregue el primero.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="237"/>
        <source>Take “%1” out of service? It can no longer be booked or given to walk-ins. It stays in the list and can be reactivated.</source>
        <translation>¿Poner «%1» fuera de servicio? Ya no se podrá reservar ni asignar a quien llega sin reserva. Queda en la lista y se puede reactivar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/space_resources.py" line="243"/>
        <source>It has %Ln booking(s) from now on: they are kept. Move them to another desk or cancel them in the calendar.</source>
        <translation>
            <numerusform>Tiene %Ln reserva desde ahora: se mantiene. Muévala a otro espacio o cancélela en el calendario.</numerusform>
            <numerusform>Tiene %Ln reservas desde ahora: se mantienen. Muévalas a otro espacio o cancélelas en el calendario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="250"/>
        <location filename="../../src/coworking/gui/space_resources.py" line="252"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="253"/>
        <source>Keep it active</source>
        <translation>Mantenerlo activo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_resources.py" line="260"/>
        <source>That desk or room no longer exists.</source>
        <translation>Ese escritorio o sala ya no existe.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="228"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="229"/>
        <source>Born · document · canton</source>
        <translation>Nac. · documento · cantón</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="230"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="231"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="276"/>
        <source>Candidate</source>
        <translation>Candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="277"/>
        <source>Employer</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="278"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="279"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="289"/>
        <source>Not registered</source>
        <translation>No inscrito/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="291"/>
        <source>Registration cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="293"/>
        <source>Already in</source>
        <translation>Ya ingresó</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_search.py" line="294"/>
        <source>Registered</source>
        <translation>Inscrito/a</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="94"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="95"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/i18n.py" line="96"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="87"/>
        <location filename="../../src/coworking/gui/space_rules.py" line="320"/>
        <location filename="../../src/coworking/gui/space_rules.py" line="327"/>
        <source>Booking rules</source>
        <translation>Reglas de reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="89"/>
        <source>They apply to every booking made from now on; bookings already made are kept.</source>
        <translation>Se aplican a las reservas que se hagan desde ahora; las reservas ya hechas se mantienen.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="120"/>
        <source>Slot si&amp;ze</source>
        <translation>Tamaño del &amp;turno</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="122"/>
        <source>Bookings start and end on these steps (e.g. 9:00, 9:30, 10:00).</source>
        <translation>Las reservas empiezan y terminan en estos pasos (p. ej. 9:00, 9:30, 10:00).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="125"/>
        <source>Longest &amp;booking</source>
        <translation>Reserva má&amp;xima</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="127"/>
        <source>The longest a single booking of a desk or room can last.</source>
        <translation>Lo más que puede durar una sola reserva de un escritorio o sala.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="130"/>
        <source>Per person per da&amp;y</source>
        <translation>Por persona por &amp;día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="132"/>
        <source>Most time one person can have booked on one day.</source>
        <translation>Tiempo máximo que una persona puede tener reservado en un día.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="135"/>
        <source>Per person per &amp;week</source>
        <translation>Por persona por &amp;semana</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="137"/>
        <source>Most time one person can have booked in one week (Monday to Sunday).</source>
        <translation>Tiempo máximo que una persona puede tener reservado en una semana (de lunes a domingo).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="140"/>
        <source>Book &amp;ahead</source>
        <translation>Reservar con &amp;anticipación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="142"/>
        <source>How many days ahead people can book (0: only for today).</source>
        <translation>Con cuántos días de anticipación se puede reservar (0: solo para hoy).</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="145"/>
        <source>&amp;Notice to cancel</source>
        <translation>A&amp;viso para cancelar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="148"/>
        <source>Later than this before the start, only a coordinator can cancel; otherwise the booking becomes a no-show.</source>
        <translation>Con menos aviso que este, solo un coordinador puede cancelar; si no, la reserva queda como inasistencia.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="153"/>
        <source>No-show &amp;grace</source>
        <translation>Tolerancia de i&amp;nasistencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="156"/>
        <source>Minutes after the start without check-in before a booking is marked “no-show” and the desk is freed.</source>
        <translation>Minutos desde el inicio sin registrar la llegada antes de marcar «no se presentó» y liberar el espacio.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="161"/>
        <source>No-show a&amp;lerts</source>
        <translation>Av&amp;isos por inasistencias</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="163"/>
        <source>Staff are warned when a person reaches this many no-shows in 60 days.</source>
        <translation>Se avisa al personal cuando una persona llega a este número de inasistencias en 60 días.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="182"/>
        <source>Sa&amp;ve rules</source>
        <translation>Guardar reg&amp;las</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="185"/>
        <source>&amp;Undo changes</source>
        <translation>Deshacer ca&amp;mbios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="275"/>
        <source>Slot size</source>
        <translation>Tamaño del turno</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="276"/>
        <source>Longest booking</source>
        <translation>Reserva máxima</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="277"/>
        <source>Per person per day</source>
        <translation>Por persona por día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="278"/>
        <source>Per person per week</source>
        <translation>Por persona por semana</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="279"/>
        <source>Book ahead</source>
        <translation>Reservar con anticipación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="280"/>
        <source>Notice to cancel</source>
        <translation>Aviso para cancelar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="281"/>
        <source>No-show grace</source>
        <translation>Tolerancia de inasistencia</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="282"/>
        <source>No-show alerts</source>
        <translation>Avisos por inasistencias</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="311"/>
        <source>Nothing changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="318"/>
        <source>Save these changes to the booking rules?</source>
        <translation>¿Guardar estos cambios en las reglas de reserva?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="320"/>
        <source>Save rules</source>
        <translation>Guardar reglas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="320"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_rules.py" line="334"/>
        <source>Booking rules saved.</source>
        <translation>Reglas de reserva guardadas.</translation>
    </message>
</context>
<context>
    <name>SeriesReportDialog</name>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="204"/>
        <source>Weekly booking</source>
        <translation>Reserva semanal</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="210"/>
        <source>Booked dates (%1): </source>
        <translation>Fechas reservadas (%1): </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/booking_dialog.py" line="214"/>
        <source>These dates could not be booked:</source>
        <translation>Estas fechas no se pudieron reservar:</translation>
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
    <name>SiteDialog</name>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="33"/>
        <source>New site</source>
        <translation>Nuevo espacio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="33"/>
        <source>Edit site</source>
        <translation>Editar espacio</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="39"/>
        <source>A new site starts open Monday to Friday 08:00-18:00 and Saturday 09:00-13:00, with the usual booking rules; change them in Space set-up.</source>
        <translation>Un espacio nuevo abre de lunes a viernes de 08:00 a 18:00 y los sábados de 09:00 a 13:00, con las reglas de reserva habituales; cámbielas en Configurar espacio.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="56"/>
        <source>&amp;Canton:</source>
        <translation>&amp;Cantón:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/site_dialog.py" line="57"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>SpaceSetup</name>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="22"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="23"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="24"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="25"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="26"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="27"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="28"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="35"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="36"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="37"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="38"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="39"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="40"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="41"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="57"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="59"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_common.py" line="136"/>
        <source>Save the changes you made?</source>
        <translation>¿Guardar los cambios que hizo?</translation>
    </message>
</context>
<context>
    <name>SpaceSetupTab</name>
    <message>
        <location filename="../../src/coworking/gui/space_setup_tab.py" line="40"/>
        <source>Read only: only coordinators and administrators can change the set-up of the space.</source>
        <translation>Solo lectura: únicamente coordinadores y administradores pueden cambiar la configuración del espacio.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_setup_tab.py" line="72"/>
        <source>&amp;Hours and closures</source>
        <translation>&amp;Horario y cierres</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_setup_tab.py" line="73"/>
        <source>Booking &amp;rules</source>
        <translation>Re&amp;glas de reserva</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_setup_tab.py" line="74"/>
        <source>&amp;Desks and rooms</source>
        <translation>&amp;Escritorios y salas</translation>
    </message>
</context>
<context>
    <name>StationFrame</name>
    <message>
        <location filename="../../src/coworking/gui/station_frame.py" line="32"/>
        <source>Leave station (Ctrl+Shift+Q)</source>
        <translation>Salir de la estación (Ctrl+Mayús+Q)</translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="385"/>
        <source>Station: %1</source>
        <translation>Puesto: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_panels.py" line="387"/>
        <source>Operator: %1</source>
        <translation>Operador/a: %1</translation>
    </message>
</context>
<context>
    <name>StationOptionsDialog</name>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="80"/>
        <source>Options of this station</source>
        <translation>Opciones de esta estación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="85"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="88"/>
        <source>Then the station shows “Ready to scan” again. Typing clears it at once.</source>
        <translation>Luego la estación vuelve a «Listo para escanear». Al escribir, vuelve enseguida.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="94"/>
        <source>&amp;Try</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="99"/>
        <source>&amp;Mute the sounds of this station</source>
        <translation>&amp;Silenciar los sonidos de esta estación</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="105"/>
        <source>&amp;Answer stays on screen for:</source>
        <translation>La &amp;respuesta queda en pantalla:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/station_settings.py" line="106"/>
        <source>Sound &amp;volume:</source>
        <translation>&amp;Volumen de los sonidos:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="47"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="48"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="49"/>
        <source>With identities</source>
        <translation>Con identidades</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="73"/>
        <source>Synchronization</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="75"/>
        <source>Batches of CSV files for the municipality: only what changed since the last batch, with people identified by a pseudonym, never by name or document.</source>
        <translation>Lotes de archivos CSV para el municipio: solo lo que cambió desde el último lote, con las personas identificadas por un seudónimo, nunca por su nombre ni su documento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="83"/>
        <source>Only coordinators and administrators can export data.</source>
        <translation>Solo coordinación y administración pueden exportar datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="102"/>
        <source>Counting what is pending…</source>
        <translation>Contando lo pendiente…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="109"/>
        <source>&amp;Export changes…</source>
        <translation>&amp;Exportar cambios…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="113"/>
        <source>Write a new batch with what changed since the last one (Ctrl+E)</source>
        <translation>Escribe un lote nuevo con lo que cambió desde el último (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="115"/>
        <source>&amp;Full export…</source>
        <translation>Exportación &amp;completa…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="118"/>
        <source>Write every row again, for a municipality starting from scratch</source>
        <translation>Escribe todas las filas otra vez, para un municipio que empieza de cero</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="120"/>
        <source>Export with &amp;identities…</source>
        <translation>Exportar con &amp;identidades…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="125"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="126"/>
        <source>Semicolon (;) for spreadsheets in Spanish</source>
        <translation>Punto y coma (;) para hojas de cálculo en español</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="127"/>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="139"/>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="156"/>
        <source>Batches written</source>
        <translation>Lotes escritos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="159"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="160"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="161"/>
        <source>Made on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="162"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="163"/>
        <source>Made by</source>
        <translation>Hecho por</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="164"/>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="165"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="179"/>
        <source>&amp;Write this batch again…</source>
        <translation>Escribir este lote otra &amp;vez…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="182"/>
        <source>Write the chosen batch again, identical, for example on a new USB stick</source>
        <translation>Escribe otra vez el lote elegido, idéntico, por ejemplo en otra memoria USB</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="221"/>
        <source>Nothing pending: the last batch holds everything.</source>
        <translation>Nada pendiente: el último lote lo tiene todo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/sync.py" line="225"/>
        <source>%Ln row(s) pending</source>
        <translation>
            <numerusform>%Ln fila pendiente</numerusform>
            <numerusform>%Ln filas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/sync.py" line="359"/>
        <source>Batch %1 written in %2: %Ln row(s).</source>
        <translation>
            <numerusform>Lote %1 escrito en %2: %Ln fila.</numerusform>
            <numerusform>Lote %1 escrito en %2: %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="233"/>
        <source>deletions %1</source>
        <translation>bajas %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="296"/>
        <source>Full export</source>
        <translation>Exportación completa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="298"/>
        <source>A full export writes every row again, not only the changes. Send it only when the municipality asks to start again from scratch. Continue?</source>
        <translation>Una exportación completa escribe todas las filas otra vez, no solo los cambios. Envíela solo cuando el municipio pida empezar de cero. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="307"/>
        <location filename="../../src/coworking/gui/pages/sync.py" line="317"/>
        <source>Export with identities</source>
        <translation>Exportar con identidades</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="309"/>
        <source>This export holds names, document numbers, phones, e-mails and birth dates of everybody, including people who did not consent to statistics. It is sensitive personal data (LOPDP): keep it encrypted, never send it by e-mail or chat, and delete it when it is no longer needed. The export is recorded in the audit.</source>
        <translation>Esta exportación contiene nombres, números de documento, teléfonos, correos y fechas de nacimiento de todas las personas, incluso de quienes no consintieron el uso estadístico. Son datos personales sensibles (LOPDP): guárdela cifrada, nunca la envíe por correo ni por chat y bórrela cuando ya no se necesite. La exportación queda en la auditoría.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="330"/>
        <source>Where should the batch be written?</source>
        <translation>¿Dónde se escribe el lote?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="335"/>
        <source>Writing the batch</source>
        <translation>Escribiendo el lote</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="369"/>
        <source>Where should the batch be written again?</source>
        <translation>¿Dónde se escribe otra vez el lote?</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="381"/>
        <source>Batch %1 written again in %2, identical to the first time.</source>
        <translation>Lote %1 escrito otra vez en %2, idéntico a la primera vez.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/pages/sync.py" line="387"/>
        <source>Writing the batch again</source>
        <translation>Escribiendo otra vez el lote</translation>
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
    <name>TodayCard</name>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="150"/>
        <source>Today at the co-working</source>
        <translation>Hoy en el coworking</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="152"/>
        <source>People present by hour today</source>
        <translation>Personas presentes por hora, hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="163"/>
        <source>No co-working space is set up yet.</source>
        <translation>Aún no hay un espacio de coworking configurado.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="165"/>
        <source>in now</source>
        <translation>dentro ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="167"/>
        <source>person(s) today</source>
        <translation>
            <numerusform>persona hoy</numerusform>
            <numerusform>personas hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="170"/>
        <source>booking(s) today</source>
        <translation>
            <numerusform>reserva hoy</numerusform>
            <numerusform>reservas hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="179"/>
        <source>Closed today</source>
        <translation>Cerrado hoy</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="184"/>
        <source>Nobody is checked in now.</source>
        <translation>Nadie está dentro ahora.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="186"/>
        <source>In now: %1</source>
        <translation>Dentro ahora: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/home_cards.py" line="189"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>UndoControl</name>
    <message>
        <location filename="../../src/coworking/gui/door_undo.py" line="45"/>
        <source>Only coordinators can undo a check-in.</source>
        <translation>Solo coordinación puede deshacer una entrada.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_undo.py" line="79"/>
        <location filename="../../src/coworking/gui/door_undo.py" line="95"/>
        <source>Undo check-in</source>
        <translation>Deshacer entrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_undo.py" line="81"/>
        <source>Undo the check-in of %1 at %2? They will have to be scanned again to enter.</source>
        <translation>¿Deshacer la entrada de %1 de las %2? Tendrá que escanearse de nuevo para entrar.</translation>
    </message>
</context>
<context>
    <name>UpcomingDays</name>
    <message>
        <location filename="../../src/coworking/gui/space_upcoming.py" line="33"/>
        <source>The next two weeks</source>
        <translation>Las próximas dos semanas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_upcoming.py" line="34"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_upcoming.py" line="34"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/space_upcoming.py" line="62"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
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
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="44"/>
        <source>New vacancy</source>
        <translation>Nueva vacante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="44"/>
        <source>Vacancy</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="48"/>
        <source>e.g. Cocinero/a de línea</source>
        <translation>p. ej. Cocinero/a de línea</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="63"/>
        <source>Studies, experience, licences, schedule…</source>
        <translation>Estudios, experiencia, licencias, horario…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="66"/>
        <source>&amp;Foreign documents accepted (passport, refugee or visa document)</source>
        <translation>Se aceptan documentos &amp;extranjeros (pasaporte, documento de refugio o visa)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="86"/>
        <source>&amp;Contract</source>
        <translation>&amp;Contrato</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="91"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="92"/>
        <source>&amp;Occupation (CIUO-08)</source>
        <translation>&amp;Ocupación (CIUO-08)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="93"/>
        <source>&amp;Positions</source>
        <translation>&amp;Puestos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="94"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Requisitos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="106"/>
        <source>The vacancy is saved when you save the employer.</source>
        <translation>La vacante se guarda al guardar la empresa.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="144"/>
        <source>Write the job title.</source>
        <translation>Escriba el título del puesto.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/vacancy_dialog.py" line="147"/>
        <source>Choose an occupation from the list: type words of its name or its code.</source>
        <translation>Elija una ocupación de la lista: escriba palabras de su nombre o su código.</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="77"/>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="77"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="77"/>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="77"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="99"/>
        <source>— choose what it means —</source>
        <translation>— elija qué significa —</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="139"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="140"/>
        <source>Ambiguous: %1</source>
        <translation>Ambiguo: %1</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="142"/>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_value_table.py" line="144"/>
        <source>Chosen by you</source>
        <translation>Elegido por usted</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="43"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="46"/>
        <source>What each value of the columns with categories becomes. Values that cannot be placed are marked: choose once what they mean. The choice is saved with the correspondence and used again next time.</source>
        <translation>En qué se convierte cada valor de las columnas con categorías. Los valores que no se reconocen están marcados: elija una sola vez qué significan. La elección se guarda con la correspondencia y sirve la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="63"/>
        <source>&amp;Save this correspondence…</source>
        <translation>&amp;Guardar esta correspondencia…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="65"/>
        <source>Saves the columns and the meanings chosen for values, to use them next time</source>
        <translation>Guarda las columnas y los significados elegidos para los valores, para usarlos la próxima vez</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="97"/>
        <source>No column chosen holds categories (%1): there are no values to check.</source>
        <translation>Ninguna columna elegida tiene categorías (%1): no hay valores que revisar.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="103"/>
        <source>Reading the values of every row…</source>
        <translation>Leyendo los valores de todas las filas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="107"/>
        <source>Reading the values: %1 rows read…</source>
        <translation>Leyendo los valores: %1 filas leídas…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="114"/>
        <source>Reading the values</source>
        <translation>Leyendo los valores</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="173"/>
        <source>%n more different value(s) are not listed: this column looks like free text rather than categories. Check that it is the right column.</source>
        <translation>
            <numerusform>%n valor distinto más no aparece en la lista: esta columna parece texto libre y no categorías. Compruebe que es la columna correcta.</numerusform>
            <numerusform>%n valores distintos más no aparecen en la lista: esta columna parece texto libre y no categorías. Compruebe que es la columna correcta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="189"/>
        <source>%n different value(s)</source>
        <translation>
            <numerusform>%n valor distinto</numerusform>
            <numerusform>%n valores distintos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="191"/>
        <source>%n without a meaning</source>
        <translation>
            <numerusform>%n sin significado</numerusform>
            <numerusform>%n sin significado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="192"/>
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n fila)</numerusform>
            <numerusform>(%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="200"/>
        <source>%n row(s) have values without a meaning: choose what each one means, or those rows will be refused.</source>
        <translation>
            <numerusform>%n fila tiene valores sin significado: elija qué significa cada uno, o se rechazará.</numerusform>
            <numerusform>%n filas tienen valores sin significado: elija qué significa cada uno, o se rechazarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="207"/>
        <source>At least %n row(s) have values without a meaning: choose what each one means, or those rows will be refused.</source>
        <translation>
            <numerusform>Al menos %n fila tiene valores sin significado: elija qué significa cada uno, o se rechazará.</numerusform>
            <numerusform>Al menos %n filas tienen valores sin significado: elija qué significa cada uno, o se rechazarán.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="213"/>
        <source>Every value has a meaning. Change any that is wrong, then go on.</source>
        <translation>Todos los valores tienen significado. Cambie el que no sea correcto y continúe.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="215"/>
        <source>Look at: %1.</source>
        <translation>Revise: %1.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/import_values_page.py" line="228"/>
        <source>Saved in «%1».</source>
        <translation>Se guardó en «%1».</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="71"/>
        <source>New walk-in</source>
        <translation>Inscripción en puerta</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="83"/>
        <source>dd/mm/yyyy (optional)</source>
        <translation>dd/mm/aaaa (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="94"/>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="98"/>
        <source>09XXXXXXXX (optional)</source>
        <translation>09XXXXXXXX (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="106"/>
        <source>Registration and services (required)</source>
        <translation>Registro y servicios (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="109"/>
        <source>Statistics for the municipality, without name or document</source>
        <translation>Estadísticas para el municipio, sin nombre ni documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="112"/>
        <source>Contact about jobs and activities</source>
        <translation>Contacto sobre empleos y actividades</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="114"/>
        <source>Show the consent &amp;text…</source>
        <translation>Mostrar el texto del &amp;consentimiento…</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="117"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="119"/>
        <source>&amp;Given names *</source>
        <translation>&amp;Nombres *</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="121"/>
        <source>&amp;Family names *</source>
        <translation>&amp;Apellidos *</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="130"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="134"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="135"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="136"/>
        <source>&amp;Nationality</source>
        <translation>Nac&amp;ionalidad</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="139"/>
        <source>Population gro&amp;up</source>
        <translation>&amp;Grupo poblacional</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="144"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="146"/>
        <source>At this fair</source>
        <translation>En esta feria</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="148"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="149"/>
        <source>&amp;Employer</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="156"/>
        <source>Consent (read it to the person)</source>
        <translation>Consentimiento (léalo a la persona)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="181"/>
        <source>Save and check in (Ctrl+Enter)</source>
        <translation>Guardar y registrar entrada (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="189"/>
        <source>Enter: next field · Enter on the last box or Ctrl+Enter: save · Esc: cancel</source>
        <translation>Enter: siguiente campo · Enter en la última casilla o Ctrl+Enter: guardar · Esc: cancelar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="313"/>
        <source>Write the date as dd/mm/yyyy, e.g. 04/03/1990.</source>
        <translation>Escriba la fecha como dd/mm/aaaa, p. ej. 04/03/1990.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="326"/>
        <source>No employer has a booth at this event yet.</source>
        <translation>Ninguna empresa tiene todavía un stand en este evento.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="329"/>
        <source>Without consent for registration the data cannot be saved.</source>
        <translation>Sin consentimiento para el registro no se pueden guardar los datos.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="373"/>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="384"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="396"/>
        <source>Already registered</source>
        <translation>Ya está registrada</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="399"/>
        <source>Check them in with their existing record? Their data is not changed.</source>
        <translation>¿Registrar su entrada con el registro existente? Sus datos no se modifican.</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="401"/>
        <source>&amp;Use the existing person</source>
        <translation>&amp;Usar la persona existente</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="402"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/walk_in_dialog.py" line="414"/>
        <source>&amp;Use this person</source>
        <translation>&amp;Usar esta persona</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="29"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="30"/>
        <source>Cédula</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="31"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="32"/>
        <source>Refugee document</source>
        <translation>Documento de refugiado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="33"/>
        <source>Visa or permit</source>
        <translation>Visa o permiso</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="34"/>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="42"/>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="56"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="40"/>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="41"/>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="43"/>
        <source>Prefers not to say</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="49"/>
        <source>Host community</source>
        <translation>Comunidad de acogida</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="51"/>
        <source>Migrant or refugee in destination</source>
        <translation>Migrante o refugiado en destino</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="54"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="55"/>
        <source>Returnee</source>
        <translation>Retornado</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="62"/>
        <source>Candidate</source>
        <translation>Candidato/a</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="63"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="65"/>
        <source>Employer representative</source>
        <translation>Representante de empresa</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="96"/>
        <source>the front desk</source>
        <translation>la recepción</translation>
    </message>
    <message>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="100"/>
        <location filename="../../src/coworking/gui/door_walk_in_parts.py" line="104"/>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="29"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="30"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="31"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="32"/>
        <source>subcommands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="33"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="34"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="35"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="36"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="37"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="38"/>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="39"/>
        <source>not allowed with argument %s</source>
        <translation>no se admite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="40"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="41"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="42"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="43"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="44"/>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="45"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="46"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="47"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s valor</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="48"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s valores</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="49"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="50"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="51"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>subcomando desconocido %(parser_name)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="52"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <location filename="../../src/coworking/cli_argparse.py" line="53"/>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argumento «-» con el modo %r</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounting</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="18"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="19"/>
        <source>%n with warnings (imported all the same)</source>
        <translation>
            <numerusform>%n with warnings (imported all the same)</numerusform>
            <numerusform>%n with warnings (imported all the same)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="21"/>
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n will be imported</numerusform>
            <numerusform>%n will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="22"/>
        <source>%n with warnings (will be imported all the same)</source>
        <translation>
            <numerusform>%n with warnings (will be imported all the same)</numerusform>
            <numerusform>%n with warnings (will be imported all the same)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="24"/>
        <source>%n already registered</source>
        <translation>
            <numerusform>%n already registered</numerusform>
            <numerusform>%n already registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="25"/>
        <source>%n already registered for the event</source>
        <translation>
            <numerusform>%n already registered for the event</numerusform>
            <numerusform>%n already registered for the event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="26"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="31"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="33"/>
        <source>%n blank</source>
        <translation>
            <numerusform>%n blank</numerusform>
            <numerusform>%n blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="35"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="42"/>
        <source>%n person(s) added to the registry.</source>
        <translation>
            <numerusform>%n person added to the registry.</numerusform>
            <numerusform>%n people added to the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="45"/>
        <source>%n person(s) will be added to the registry.</source>
        <translation>
            <numerusform>%n person will be added to the registry.</numerusform>
            <numerusform>%n people will be added to the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="79"/>
        <source>%n imported row(s) may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n imported row may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</numerusform>
            <numerusform>%n imported rows may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_accounting.py" line="85"/>
        <source>%n row(s) may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n row may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</numerusform>
            <numerusform>%n rows may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/badge_preview.py" line="176"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="493"/>
        <source>%Ln ticked of %1. Tick with the mouse or the space bar.</source>
        <translation>
            <numerusform>%Ln ticked of %1. Tick with the mouse or the space bar.</numerusform>
            <numerusform>%Ln ticked of %1. Tick with the mouse or the space bar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="499"/>
        <source>%Ln member card(s) will be generated.</source>
        <translation>
            <numerusform>%Ln member card will be generated.</numerusform>
            <numerusform>%Ln member cards will be generated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="501"/>
        <source>%Ln badge(s) will be generated.</source>
        <translation>
            <numerusform>%Ln badge will be generated.</numerusform>
            <numerusform>%Ln badges will be generated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="618"/>
        <source>Already printed: %1 of these %Ln member card(s) (the first one on %2). Generate them again?</source>
        <translation>
            <numerusform>This member card was already printed (on %2). Generate it again?</numerusform>
            <numerusform>Already printed: %1 of these %Ln member cards (the first one on %2). Generate them again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="625"/>
        <source>Already printed: %1 of these %Ln badge(s) (the first one on %2). Generate them again?</source>
        <translation>
            <numerusform>This badge was already printed (on %2). Generate it again?</numerusform>
            <numerusform>Already printed: %1 of these %Ln badges (the first one on %2). Generate them again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="807"/>
        <source>%Ln member card(s)</source>
        <translation>
            <numerusform>%Ln member card</numerusform>
            <numerusform>%Ln member cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/badges.py" line="809"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln badge</numerusform>
            <numerusform>%Ln badges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoothStation</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/booth_station.py" line="403"/>
        <source>%Ln recorded</source>
        <translation>
            <numerusform>%Ln recorded</numerusform>
            <numerusform>%Ln recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_check_page.py" line="267"/>
        <source>Only the first %1 of %n problem(s) and warning(s) are shown: save the list to see them all.</source>
        <translation>
            <numerusform>Only the first %1 of %n problem and warning are shown: save the list to see them all.</numerusform>
            <numerusform>Only the first %1 of %n problems and warnings are shown: save the list to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesListDialog</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/duplicates_list.py" line="184"/>
        <source>%n possible duplicate(s), strongest reasons first.</source>
        <translation>
            <numerusform>%n possible duplicate, strongest reasons first.</numerusform>
            <numerusform>%n possible duplicates, strongest reasons first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="273"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="275"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln representative</numerusform>
            <numerusform>%Ln representatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="277"/>
        <source>%Ln visitor(s)</source>
        <translation>
            <numerusform>%Ln visitor</numerusform>
            <numerusform>%Ln visitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="278"/>
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="320"/>
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="325"/>
        <source>%1 of %Ln place(s) taken</source>
        <translation>
            <numerusform>%1 of %Ln place taken</numerusform>
            <numerusform>%1 of %Ln places taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="329"/>
        <source>%Ln registered</source>
        <translation>
            <numerusform>%Ln registered</numerusform>
            <numerusform>%Ln registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="331"/>
        <source>%Ln employer(s)</source>
        <translation>
            <numerusform>%Ln employer</numerusform>
            <numerusform>%Ln employers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairsPage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/fairs.py" line="243"/>
        <source>Saved %1 with %Ln person(s). Print it for the entrance.</source>
        <translation>
            <numerusform>Saved %1 with %Ln person. Print it for the entrance.</numerusform>
            <numerusform>Saved %1 with %Ln people. Print it for the entrance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="240"/>
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="255"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="261"/>
        <source>%n chosen value(s)</source>
        <translation>
            <numerusform>%n chosen value</numerusform>
            <numerusform>%n chosen values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="356"/>
        <source>person(s) in now</source>
        <translation>
            <numerusform>person in now</numerusform>
            <numerusform>people in now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="211"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="212"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/merge_dialog.py" line="213"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="222"/>
        <source>All of %1: %Ln visit(s)</source>
        <translation>
            <numerusform>All of %1: %Ln visit</numerusform>
            <numerusform>All of %1: %Ln visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="233"/>
        <source>%Ln recorded</source>
        <translation>
            <numerusform>%Ln recorded</numerusform>
            <numerusform>%Ln recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="248"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="255"/>
        <source>%Ln due</source>
        <translation>
            <numerusform>%Ln due</numerusform>
            <numerusform>%Ln due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="288"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/outcomes_tab.py" line="289"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperTicksDialog</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="320"/>
        <source>%Ln ticked · %1 already in · %2 on the list</source>
        <translation>
            <numerusform>%Ln ticked · %1 already in · %2 on the list</numerusform>
            <numerusform>%Ln ticked · %1 already in · %2 on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="416"/>
        <source>Entered %Ln arrival(s) from paper.</source>
        <translation>
            <numerusform>Entered %Ln arrival from paper.</numerusform>
            <numerusform>Entered %Ln arrivals from paper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="419"/>
        <source>%Ln already in, not counted twice (logged as duplicates).</source>
        <translation>
            <numerusform>%Ln already in, not counted twice (logged as duplicates).</numerusform>
            <numerusform>%Ln already in, not counted twice (logged as duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="423"/>
        <source>%Ln could not be entered: the registration is cancelled, or the person has no current consent for registration.</source>
        <translation>
            <numerusform>%Ln could not be entered: the registration is cancelled, or the person has no current consent for registration.</numerusform>
            <numerusform>%Ln could not be entered: the registration is cancelled, or the person has no current consent for registration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/paper_ticks_dialog.py" line="449"/>
        <source>%Ln tick(s) not saved. Close and lose them?</source>
        <translation>
            <numerusform>%Ln tick not saved. Close and lose it?</numerusform>
            <numerusform>%Ln ticks not saved. Close and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingScans</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pending_scans.py" line="171"/>
        <source>%n scan(s) waiting for the database, saved as soon as it is free.</source>
        <translation>
            <numerusform>%n scan waiting for the database, saved as soon as it is free.</numerusform>
            <numerusform>%n scans waiting for the database, saved as soon as it is free.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pending_scans.py" line="193"/>
        <source>%n scan(s) could not be saved (the database is still busy) and went to the program&apos;s log. Note the list down, or scan again once the database is free:</source>
        <translation>
            <numerusform>%n scan could not be saved (the database is still busy) and went to the program&apos;s log. Note the list down, or scan again once the database is free:</numerusform>
            <numerusform>%n scans could not be saved (the database is still busy) and went to the program&apos;s log. Note the list down, or scan again once the database is free:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/people.py" line="106"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/space_resources.py" line="243"/>
        <source>It has %Ln booking(s) from now on: they are kept. Move them to another desk or cancel them in the calendar.</source>
        <translation>
            <numerusform>It has %Ln booking from now on: it is kept. Move it to another desk or cancel it in the calendar.</numerusform>
            <numerusform>It has %Ln bookings from now on: they are kept. Move them to another desk or cancel them in the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/sync.py" line="225"/>
        <source>%Ln row(s) pending</source>
        <translation>
            <numerusform>%Ln row pending</numerusform>
            <numerusform>%Ln rows pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/pages/sync.py" line="359"/>
        <source>Batch %1 written in %2: %Ln row(s).</source>
        <translation>
            <numerusform>Batch %1 written in %2: %Ln row.</numerusform>
            <numerusform>Batch %1 written in %2: %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="167"/>
        <source>person(s) today</source>
        <translation>
            <numerusform>person today</numerusform>
            <numerusform>people today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/home_cards.py" line="170"/>
        <source>booking(s) today</source>
        <translation>
            <numerusform>booking today</numerusform>
            <numerusform>bookings today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="173"/>
        <source>%n more different value(s) are not listed: this column looks like free text rather than categories. Check that it is the right column.</source>
        <translation>
            <numerusform>%n more different value are not listed: this column looks like free text rather than categories. Check that it is the right column.</numerusform>
            <numerusform>%n more different values are not listed: this column looks like free text rather than categories. Check that it is the right column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="189"/>
        <source>%n different value(s)</source>
        <translation>
            <numerusform>%n different value</numerusform>
            <numerusform>%n different values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="191"/>
        <source>%n without a meaning</source>
        <translation>
            <numerusform>%n without a meaning</numerusform>
            <numerusform>%n without a meaning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="192"/>
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="200"/>
        <source>%n row(s) have values without a meaning: choose what each one means, or those rows will be refused.</source>
        <translation>
            <numerusform>%n row have values without a meaning: choose what each one means, or those rows will be refused.</numerusform>
            <numerusform>%n rows have values without a meaning: choose what each one means, or those rows will be refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_values_page.py" line="207"/>
        <source>At least %n row(s) have values without a meaning: choose what each one means, or those rows will be refused.</source>
        <translation>
            <numerusform>At least %n row have values without a meaning: choose what each one means, or those rows will be refused.</numerusform>
            <numerusform>At least %n rows have values without a meaning: choose what each one means, or those rows will be refused.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../../src/coworking/gui/import_wizard.py" line="240"/>
        <source>Imported: %Ln person(s). Already registered: %1. With problems: %2.</source>
        <translation>
            <numerusform>Imported: %Ln person. Already registered: %1. With problems: %2.</numerusform>
            <numerusform>Imported: %Ln people. Already registered: %1. With problems: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="251"/>
        <source>%Ln row(s) read: %1 can be imported, %2 are already registered, %3 have problems (listed below; they will not be imported).</source>
        <translation>
            <numerusform>%Ln row read: %1 can be imported, %2 are already registered, %3 have problems (listed below; they will not be imported).</numerusform>
            <numerusform>%Ln rows read: %1 can be imported, %2 are already registered, %3 have problems (listed below; they will not be imported).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="275"/>
        <source>%n imported row(s) may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n imported row may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</numerusform>
            <numerusform>%n imported rows may be someone already registered or an earlier row. They were imported all the same: review them in People, Possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/import_wizard.py" line="282"/>
        <source>%n row(s) may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</source>
        <translation>
            <numerusform>%n row may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</numerusform>
            <numerusform>%n rows may be someone already registered or an earlier row. They will be imported all the same and can be reviewed in People, Possible duplicates.</numerusform>
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
    <name>InsidePanel</name>
    <message numerus="yes">
        <location filename="../../src/coworking/gui/desk_station_parts.py" line="343"/>
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
</TS>

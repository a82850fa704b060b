"""What each CSV file of a municipality export holds: its columns, their types and meaning in
Spanish and English, which ones only identified exports carry, and how its rows are read.

The columns are declared in :data:`SCHEMA`, a table that reads like the document it becomes:
``docs/export-schema.md`` is :func:`markdown`'s output, and a test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from sqlalchemy.orm import Session

from coworking.core import export_rows as rows
from coworking.core.export_csv import Cell

TEXT, INTEGER, DATE, DATETIME = "texto", "entero", "fecha", "fecha_hora"
YES_NO, REFERENCE, CODE = "si_no", "referencia", "codigo"
KINDS = {
    TEXT: ("Texto.", "Text."),
    INTEGER: ("Número entero.", "Whole number."),
    DATE: ("Fecha ISO 8601, `2026-11-25`.", "ISO 8601 date, `2026-11-25`."),
    DATETIME: (
        "Fecha y hora en UTC, al segundo: `2026-11-25T14:03:00Z` (Ecuador continental: UTC-5).",
        "Date and time in UTC, to the second: `2026-11-25T14:03:00Z` (mainland Ecuador: UTC-5).",
    ),
    YES_NO: ("`si` o `no`.", "`si` (yes) or `no`."),
    REFERENCE: (
        "Clave de una fila de otro archivo (UUID en 32 cifras hexadecimales) o referencia "
        "seudónima de una persona (20 cifras hexadecimales).",
        "Key of a row of another file (UUID as 32 hex digits) or pseudonymous reference of a "
        "person (20 hex digits).",
    ),
    CODE: ("Código de una lista cerrada (ver el significado).", "Code from a closed list."),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    es: str
    en: str
    identified: bool = False  # only in identified exports


@dataclass(frozen=True)
class ExportContext:
    key: bytes
    today: date
    identified: bool = False


Reader = Callable[[Session, ExportContext], Iterator[tuple[str, tuple[Cell, ...]]]]


@dataclass(frozen=True)
class Entity:
    name: str
    title_es: str
    title_en: str
    columns: tuple[Column, ...]  # data columns, without "clave" and "cambio"
    read: Reader = field(repr=False)

    def data_columns(self, identified: bool) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if identified or not c.identified)

    def headers(self, identified: bool) -> list[str]:
        return ["clave", "cambio", *(c.name for c in self.data_columns(identified))]


def _projected(reader: Reader, columns: tuple[Column, ...]) -> Reader:
    """``reader`` with the identified-only values dropped from pseudonymised exports."""
    public = [i for i, column in enumerate(columns) if not column.identified]
    if len(public) == len(columns):
        return reader
    pick = itemgetter(*public)

    def read(session: Session, ctx: ExportContext) -> Iterator[tuple[str, tuple[Cell, ...]]]:
        found = reader(session, ctx)
        if ctx.identified:
            return found
        return ((key, pick(values)) for key, values in found)

    read.__name__, read.__doc__ = reader.__name__, reader.__doc__
    return read


# ``[file] Spanish title | English title``, then one column a line: ``name kind meaning in
# Spanish | meaning in English`` (indented lines continue the one above; ``*`` after the name:
# only in identified exports; a name alone: the column of that name in ``[compartidas]``).
SHARED = "compartidas"
SCHEMA = """
[compartidas] Columnas comunes | Shared columns
persona referencia Referencia seudónima de la persona, la misma en todos los lotes del sitio;
    vacía en las exportaciones seudonimizadas si no consintió el uso estadístico.
    | Pseudonymous reference of the person, the same in every batch of the site; empty in
    pseudonymised exports when the person did not consent to statistics.
sitio texto Nombre del espacio. | Name of the site.
canton codigo Cantón del espacio (código INEC de 4 cifras). | Canton of the site (INEC code).
evento referencia Evento (clave en `eventos`). | Event (key in `eventos`).
inscripcion referencia Inscripción (clave en `inscripciones`). | Registration (key in
    `inscripciones`).
empleador referencia Empresa (clave en `empleadores`). | Employer (key in `empleadores`).
vacante referencia Vacante (clave en `vacantes`). | Vacancy (key in `vacantes`).
notas* texto Notas escritas por el personal. | Notes written by staff.

[personas] Personas | People
persona referencia Referencia seudónima de la persona; en las exportaciones seudonimizadas es
    también la `clave`. | Pseudonymous reference of the person; in pseudonymised exports it is
    also the `clave`.
nombres* texto Nombres. | Given names.
apellidos* texto Apellidos. | Family names.
tipo_documento* codigo Tipo de documento: {DOCUMENT}. | Document type: `cedula` (Ecuadorian
    identity card), `pasaporte`, `refugio` (refugee document), `visa`, `otro` (other), `ninguno`
    (none).
numero_documento* texto Número del documento. | Document number.
fecha_nacimiento* fecha Fecha de nacimiento. | Birth date.
sexo codigo Sexo: {SEX}. | Sex: `mujer` (woman), `hombre` (man), `otro` (other), `no_declara`
    (undisclosed).
edad codigo Grupo de edad a la fecha del lote: `0-17`, `18-59`, `60+`, `sin_dato`. | Age bracket
    on the batch date: `0-17`, `18-59`, `60+`, `sin_dato` (no birth date).
joven_18_29 si_no Tiene de 18 a 29 años a la fecha del lote. | Aged 18 to 29 on the batch date.
nacionalidad codigo Nacionalidad (ISO 3166-1 alfa-2). | Nationality (ISO 3166-1 alpha-2).
grupo_poblacion codigo Grupo de población: {GROUP}. | Population group: `comunidad_acogida`
    (host community), `en_destino` (refugees and migrants in destination), `en_transito` (in
    transit), `retornada` (returnee), `otro` (other).
discapacidad si_no Tiene alguna discapacidad registrada. | Has a disability recorded.
canton_residencia codigo Cantón de residencia (código INEC). | Canton of residence (INEC code).
nivel_educativo codigo Nivel de educación: {EDUCATION}. | Education level: {EDUCATION}.
telefono* texto Teléfono (E.164: `+593…`); vacío si no consintió el contacto. | Telephone
    (E.164); empty when the person did not consent to be contacted.
correo* texto Correo electrónico; vacío si no consintió el contacto. | E-mail address; empty
    when the person did not consent to be contacted.
registrada fecha Día del registro (hora de Ecuador). | Day registered (Ecuador time).
consentimiento_estadisticas si_no Consentimiento vigente para estadísticas. | Current consent to
    statistics.
consentimiento_contacto si_no Consentimiento vigente para ser contactada. | Current consent to be
    contacted.

[perfiles_emprendimiento] Perfiles de emprendimiento | Entrepreneur profiles
persona
nombre_emprendimiento* texto Nombre del negocio. | Business name.
sector codigo Sector (sección CIIU, una letra). | Sector (ISIC section letter).
etapa codigo Etapa: {STAGE}. | Stage: `idea`, `inicio` (start-up), `crecimiento` (growth),
    `consolidado` (established).
descripcion* texto Descripción del negocio. | Business description.
registrado fecha Día en que se registró el perfil. | Day the profile was recorded.

[visitas] Visitas al coworking | Co-working visits
sitio
canton
persona
entrada fecha_hora Llegada. | Arrival.
salida fecha_hora Salida; vacía mientras sigue dentro. | Departure; empty while inside.
reserva referencia Reserva con la que vino (clave en `reservas`). | Booking it came with (key in
    `reservas`).
salida_automatica si_no La salida la puso el cierre del día, no la persona. | Checked out by the
    closing of the day, not by the person.

[reservas] Reservas | Bookings
sitio
recurso texto Escritorio o sala reservada. | Desk or room booked.
tipo codigo Tipo de recurso: {RESOURCE}. | Resource: `escritorio` (desk), `sala` (room), `otro`.
persona
inicio fecha_hora Comienzo. | Start.
fin fecha_hora Fin. | End.
cancelada si_no Fue cancelada. | Cancelled.
con_entrada si_no La persona llegó. | The person arrived.
no_se_presento si_no La persona no se presentó. | The person did not come.
serie referencia Serie semanal a la que pertenece (la misma en todas sus reservas). | Weekly
    series it belongs to (the same in all its bookings).
proposito* texto Propósito escrito al reservar. | Purpose typed when booking.

[eventos] Eventos | Events
tipo codigo Tipo: {EVENT}. | Kind: `feria_empleo` (job fair), `taller` (workshop).
nombre texto Nombre del evento. | Name of the event.
lugar texto Lugar. | Venue.
inicio fecha Primer día. | First day.
fin fecha Último día. | Last day.
capacidad entero Aforo; vacío sin límite. | Capacity; empty when unlimited.
sitio texto Espacio que lo organiza. | Organising site.
canton

[inscripciones] Inscripciones a eventos | Event registrations
evento
persona
empleador referencia Empresa que representa (clave en `empleadores`). | Employer represented
    (key in `empleadores`).
rol codigo Rol: {ROLE}. | Role: `candidato` (candidate), `representante_empresa` (employer
    representative), `personal` (staff), `visitante` (visitor).
origen codigo Cómo se inscribió: {SOURCE}. | How: `registro` (registry), `importacion` (file
    import), `puerta` (at the door).
entrada fecha_hora Admisión en la puerta. | Admitted at the door.
cancelada si_no Inscripción cancelada. | Registration cancelled.

[entradas] Lecturas en la puerta y en recepción | Door and front-desk scans
evento referencia Evento (vacío en el coworking). | Event (empty at the co-working).
sitio texto Espacio (vacío en los eventos). | Site (empty at events).
inscripcion referencia Inscripción leída, si se reconoció. | Registration read, when recognised.
estacion texto Equipo o puesto que leyó. | Station that read it.
resultado codigo Resultado: {SCAN}. | Result: `admitida` (admitted), `repetida` (scanned
    again), `desconocida` (unknown code), `no_valida` (not a valid code), `otro_evento` (another
    event's badge), `inscripcion_cancelada` (registration cancelled), `salida` (checked out),
    `sin_consentimiento` (refused: no current consent to registration).
leida fecha_hora Momento de la lectura. | Time of the scan.
deshecha si_no La admisión se deshizo después. | The admission was undone later.

[empleadores] Empresas | Employers
ruc texto RUC (13 cifras). | Ecuadorian taxpayer number (RUC, 13 digits).
nombre_comercial texto Nombre comercial. | Trade name.
sector codigo Sector (sección CIIU). | Sector (ISIC section).
compromiso_inclusivo si_no Se comprometió a contratar de forma inclusiva. | Committed to
    inclusive hiring.
activa si_no Empresa activa. | Active employer.
contacto_nombre* texto Persona de contacto. | Contact person.
contacto_telefono* texto Teléfono de contacto. | Contact telephone.
contacto_correo* texto Correo de contacto. | Contact e-mail.

[vacantes] Vacantes | Vacancies
empleador
titulo texto Puesto ofrecido. | Job title.
ocupacion codigo Ocupación (CIUO-08). | Occupation (ISCO-08).
puestos entero Número de puestos. | Positions.
tipo_contrato texto Tipo de contrato. | Contract type.
acepta_documentos_extranjeros si_no Acepta documentos de identidad extranjeros. | Accepts
    foreign identity documents.
requisitos texto Requisitos del puesto. | Requirements.

[interacciones] Interacciones en ferias | Fair interactions
evento
inscripcion
persona
empleador
vacante
tipo codigo Tipo: {INTERACTION}. | Kind: `visita_stand` (booth visit), `entrevista`
    (interview), `cv_recibido` (CV received).
siguiente_paso texto Siguiente paso acordado; en las exportaciones seudonimizadas solo los de la
    lista del programa, y lo escrito a mano como `{OTHER_STEP}`. | Next step agreed; pseudonymised
    exports carry only the program's own steps, anything typed as `{OTHER_STEP}`.
valoracion entero Valoración de 1 a 5. | Rating from 1 to 5.
registrada fecha_hora Momento del registro. | Time recorded.
notas

[resultados] Resultados de las ferias | Fair outcomes
evento
inscripcion
persona
empleador
vacante
estado codigo Resultado: {OUTCOME}. | Outcome: `entrevistada` (interviewed), `oferta`
    (offered), `contratada` (hired), `no_contratada` (not hired).
fecha fecha Fecha del resultado. | Date of the outcome.
seguimiento_30 fecha Seguimiento a los 30 días. | Follow-up after 30 days.
seguimiento_90 fecha Seguimiento a los 90 días. | Follow-up after 90 days.
notas

[bajas] Bajas | Deletions
entidad codigo Archivo de la fila que ya no existe (`personas`, `visitas`…). | File of the row
    that no longer exists (`personas`, `visitas`…).
clave_baja referencia La `clave` que tenía la fila en su archivo. | The row's `clave` in its file.
detectada fecha_hora Momento en que un lote notó la baja. | When a batch found the row gone.
"""


def _joined(text: str) -> list[str]:
    """The non-empty lines of ``text``, indented ones joined to the line above."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith(" ") and lines:
            lines[-1] += " " + line.strip()
        elif line.strip():
            lines.append(line.strip())
    return lines


def _parse(schema: str) -> dict[str, Entity]:
    """The files declared in ``schema`` (see :data:`SCHEMA`), in order."""
    sections: list[tuple[str, list[str]]] = []
    for line in _joined(schema):
        if line.startswith("["):
            sections.append((line, []))
        else:
            sections[-1][1].append(line)
    shared: dict[str, Column] = {}
    found: dict[str, Entity] = {}
    for title, lines in sections:
        name, _, titles = title[1:].partition("] ")
        columns = []
        for line in lines:
            if " " not in line:
                columns.append(shared[line])
                continue
            label, kind, meaning = line.split(maxsplit=2)
            if kind not in KINDS:
                raise ValueError(f"Tipo de columna desconocido en {label}: {kind}")
            es, en = meaning.format(**rows.CODES).split(" | ")
            columns.append(Column(label.rstrip("*"), kind, es, en, label.endswith("*")))
        if name == SHARED:
            shared = {column.name: column for column in columns}
            continue
        title_es, title_en = titles.split(" | ")
        read = _projected(rows.READERS[name], tuple(columns))
        found[name] = Entity(name, title_es, title_en, tuple(columns), read)
    return found


_DECLARED = _parse(SCHEMA)
DELETIONS = _DECLARED.pop("bajas")
ENTITIES: tuple[Entity, ...] = tuple(_DECLARED.values())  # the order of the files


def entity(name: str) -> Entity:
    for candidate in (*ENTITIES, DELETIONS):
        if candidate.name == name:
            return candidate
    raise KeyError(f"No existe el archivo de exportación «{name}».")


# --- the document -----------------------------------------------------------------------------

INTRODUCTION = """\
# Exportaciones para el municipio: esquema / Municipality exports: schema

Documento generado por el programa (`coworking.core.export_schema.markdown()`): no lo edite a
mano. *Generated by the program: do not edit by hand.*

Cada lote es una carpeta (`lote-000012`) con todos los archivos de abajo, aunque estén vacíos,
`manifiesto.json` e `indicadores_5w.csv`. *Each batch is a folder (`lote-000012`) holding every
file below, even empty ones, `manifiesto.json` and `indicadores_5w.csv`.*

## Formato

- **Codificación**: UTF-8 con BOM (`utf-8-sig`), para que las hojas de cálculo lean tildes y eñes.
- **Separador**: coma `,`, o punto y coma `;` si el sitio lo eligió; el manifiesto dice cuál.
- **Comillas**: RFC 4180. Un valor con el separador, comillas o saltos de línea va entre comillas
  dobles y sus comillas se duplican. Las líneas terminan en CRLF.
- **Fechas**: `2026-11-25`. **Fechas y horas**: en UTC, al segundo, `2026-11-25T14:03:00Z`
  (Ecuador continental está en UTC-5).
- **Sí o no**: `si`, `no`. **Celda vacía**: sin dato.
- **Fórmulas**: un texto que empieza por `=`, `+`, `-`, `@`, tabulador o retorno de carro lleva
  delante un apóstrofo `'`, para que ninguna hoja de cálculo lo ejecute (OWASP). Un número o un
  teléfono completo (`+593 99 123 4567`, `-12`, `-3.5`) queda como está.
- **`clave`**: identifica la fila de un lote a otro: el UUID de la fila en 32 cifras
  hexadecimales; en `personas` seudonimizadas, la referencia seudónima de la persona.
- **`cambio`**: `alta` (fila nueva) o `modificacion` (reemplaza la fila de la misma `clave`). Un
  lote completo envía todo como `alta`.
- **Bajas**: `bajas.csv` lista las filas enviadas antes que ya no existen (borradas, unidas a otra
  persona, consentimiento retirado); su `clave` es `archivo:clave` y su `cambio`, `baja`.
- **Seudónimos**: por omisión no salen nombres, documentos, teléfonos, correos ni notas, y la
  fecha de nacimiento sale como grupo de edad. `persona` es el HMAC-SHA256 del UUID de la persona
  con la clave del sitio (20 cifras): la misma en todos los lotes, irreversible sin la clave.
  Quien no consintió el uso estadístico no está en `personas` y su `persona` va vacía en los
  demás archivos. Un registro unido a otro cuenta como aquel.
- **Identificadas**: solo administradores. Llevan además las columnas de «Solo identificada»,
  incluyen a todas las personas, son completas, se numeran aparte (`identificado-000001`) y
  quedan en la auditoría. Teléfonos y correos son solo los de quienes consintieron el contacto.

## Format

- **Encoding**: UTF-8 with a byte order mark (`utf-8-sig`), so that spreadsheets read accents.
- **Delimiter**: comma `,`, or semicolon `;` when the site chose it; the manifest says which.
- **Quoting**: RFC 4180. A value holding the delimiter, quotes or line breaks is quoted and its
  quotes doubled. Lines end in CRLF.
- **Dates**: `2026-11-25`. **Date-times**: UTC, to the second, `2026-11-25T14:03:00Z`.
- **Yes or no**: `si`, `no`. **Empty cell**: no data.
- **Formulas**: a text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading
  `'` so that no spreadsheet runs it (OWASP). A whole number or telephone stays as it is.
- **`clave`** (key): identifies the row from batch to batch: the row's UUID as 32 hex digits; in
  pseudonymised `personas`, the person's pseudonymous reference.
- **`cambio`** (change): `alta` (new row) or `modificacion` (replaces the row with the same
  `clave`). A full batch sends everything as `alta`.
- **Deletions**: `bajas.csv` lists rows sent before that no longer exist (deleted, merged into
  another person, consent withdrawn); their `clave` is `file:key`, their `cambio` `baja`.
- **Pseudonyms**: by default no names, documents, telephones, e-mails or notes leave, and the
  birth date leaves as an age bracket. `persona` is the HMAC-SHA256 of the person's UUID under
  the site's key (20 digits): stable across batches, irreversible without the key. People who did
  not consent to statistics are not in `personas`, and their `persona` is empty elsewhere. A
  record merged into another counts as that one.
- **Identified exports**: administrators only. They add the «identified only» columns, include
  everybody, are full, are numbered apart (`identificado-000001`) and are audited. Telephones
  and e-mails are only those of people who consented to be contacted.
"""

MANIFEST = """
esquema Versión de este esquema: `1`. | Version of this schema: `1`.
programa Versión del programa. | Program version.
sitio Nombre del espacio. | Site name.
canton Cantón del espacio (código INEC). | Canton of the site (INEC code).
lote Número del lote. | Batch number.
tipo `incremental`, `completo` o `identificado`. | Incremental, full or identified.
desde El `hasta` del lote anterior, o `null`. | The previous batch's `hasta`, or null.
hasta Momento del lote (UTC). | Time of the batch (UTC).
separador Separador de los CSV. | CSV delimiter.
codificacion `utf-8-sig`. | `utf-8-sig`.
archivos Por archivo: `nombre`, `filas` (sin cabecera), `sha256`, `bytes`. | Per file: name,
    rows (without the header), SHA-256, size in bytes.
generado_por Usuario que lo generó. | User who made it.
equipo Equipo donde se generó. | Computer where it was made.
"""

INDICATORS = """\
### `indicadores_5w.csv`: Indicadores mensuales / Monthly indicators

Personas alcanzadas por mes y actividad en la forma 5W de R4V, con una segunda fila de etiquetas
HXL que nombra cada columna. *People reached per month and activity in the R4V 5W shape, with a
second row of HXL hashtags naming each column.*
"""

KEY_COLUMNS = (
    Column("clave", REFERENCE, "Clave de la fila.", "Key of the row."),
    Column("cambio", CODE, "`alta` o `modificacion` (`baja` en `bajas`).", "Kind of change."),
)


def _table(headers: tuple[str, ...], lines: list[tuple[str, ...]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |" for line in lines]
    return "\n".join(out) + "\n"


def markdown() -> str:
    """The schema document, in Spanish and English."""
    kinds = [(f"`{kind}`", es, en) for kind, (es, en) in KINDS.items()]
    manifest = [
        (f"`{name}`", *meaning.split(" | "))
        for name, meaning in (line.split(" ", 1) for line in _joined(MANIFEST))
    ]
    parts = [
        INTRODUCTION,
        "## Tipos / Types\n",
        _table(("Tipo / Type", "Español", "English"), kinds),
        "## Manifiesto / Manifest: `manifiesto.json`\n",
        _table(("Campo / Field", "Español", "English"), manifest),
        "## Archivos / Files\n",
    ]
    headers = (
        "Columna / Column",
        "Tipo / Type",
        "Significado",
        "Meaning",
        "Solo identificada / Identified only",
    )
    for item in (*ENTITIES, DELETIONS):
        lines = [
            (f"`{c.name}`", f"`{c.kind}`", c.es, c.en, "sí / yes" if c.identified else "")
            for c in (*KEY_COLUMNS, *item.columns)
        ]
        parts += [
            f"### `{item.name}.csv`: {item.title_es} / {item.title_en}\n",
            _table(headers, lines),
        ]
    parts.append(INDICATORS)
    return "\n".join(parts)

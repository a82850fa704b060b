"""The demo fairs' make-believe world: employers of Manta and Santo Domingo with their
vacancies (CIUO-08 codes, contract types), requirements, contacts and notes."""

from __future__ import annotations

from dataclasses import dataclass

MANABI, SANTO_DOMINGO = 13, 23

# (title, CIUO-08 unit group, contract type, most positions)
Job = tuple[str, str, str, int]


@dataclass(frozen=True)
class Company:
    name: str
    sector: str  # CIIU section
    province: int
    jobs: tuple[Job, ...]


COMPANIES = (
    Company(
        "Atunera Mar Azul S.A.",
        "C",
        MANABI,
        (
            ("Operario/a de planta procesadora de atún", "9329", "plazo_fijo", 25),
            ("Fileteador/a de lomos de atún", "7511", "temporada", 15),
            ("Operador/a de máquina enlatadora", "8183", "indefinido", 4),
            ("Inspector/a de calidad de producto", "7515", "indefinido", 2),
        ),
    ),
    Company(
        "Conservas del Pacífico Manabí",
        "C",
        MANABI,
        (
            ("Operador/a de cocinadores y autoclaves", "8160", "plazo_fijo", 6),
            ("Estibador/a de cámaras de frío", "9333", "eventual", 8),
            ("Técnico/a de seguridad industrial", "3257", "indefinido", 1),
        ),
    ),
    Company(
        "Pesquera Puerto de Manta",
        "A",
        MANABI,
        (
            ("Marinero/a pescador/a", "9216", "temporada", 12),
            ("Mecánico/a de motores marinos", "7233", "indefinido", 2),
        ),
    ),
    Company(
        "Hotel Brisas de Murciélago",
        "I",
        MANABI,
        (
            ("Recepcionista bilingüe", "4224", "indefinido", 2),
            ("Mesero/a", "5131", "plazo_fijo", 5),
            ("Camarera/o de pisos", "9112", "plazo_fijo", 6),
            ("Cocinero/a de línea", "5120", "indefinido", 2),
        ),
    ),
    Company(
        "Hostería Punta Blanca San Mateo",
        "I",
        MANABI,
        (
            ("Ayudante de cocina", "9412", "temporada", 4),
            ("Bartender", "5132", "medio_tiempo", 2),
        ),
    ),
    Company(
        "Supermercados El Manaba",
        "G",
        MANABI,
        (
            ("Cajero/a", "5230", "plazo_fijo", 10),
            ("Perchador/a (reponedor de estanterías)", "9334", "plazo_fijo", 12),
            ("Asesor/a de ventas", "5223", "indefinido", 6),
            ("Bodeguero/a", "4321", "indefinido", 3),
        ),
    ),
    Company(
        "Comisariato Popular Tarqui",
        "G",
        MANABI,
        (
            ("Despachador/a de carnes y mariscos", "7511", "plazo_fijo", 3),
            ("Cajero/a", "5230", "medio_tiempo", 4),
        ),
    ),
    Company(
        "Contact Center Pacífico BPO",
        "N",
        MANABI,
        (
            ("Agente de call center", "4222", "indefinido", 40),
            ("Agente bilingüe de servicio al cliente", "4229", "indefinido", 10),
            ("Técnico/a de soporte informático", "3512", "indefinido", 2),
        ),
    ),
    Company(
        "Constructora Jaramijó Cía. Ltda.",
        "F",
        MANABI,
        (
            ("Albañil", "7112", "eventual", 10),
            ("Peón de construcción", "9313", "eventual", 20),
            ("Electricista de obra", "7411", "plazo_fijo", 3),
            ("Soldador/a", "7212", "plazo_fijo", 3),
        ),
    ),
    Company(
        "Transportes Manabí Carga",
        "H",
        MANABI,
        (
            ("Chofer profesional de tráiler (licencia E)", "8332", "indefinido", 5),
            ("Operador/a de montacargas", "8344", "plazo_fijo", 3),
        ),
    ),
    Company(
        "Logística Portuaria Manta",
        "H",
        MANABI,
        (
            ("Operador/a de grúa pórtico", "8343", "indefinido", 2),
            ("Auxiliar de bodega", "4321", "plazo_fijo", 6),
            ("Estibador/a", "9333", "eventual", 15),
        ),
    ),
    Company(
        "Panificadora La Manabita",
        "C",
        MANABI,
        (
            ("Panadero/a", "7512", "indefinido", 3),
            ("Vendedor/a de mostrador", "5246", "medio_tiempo", 4),
        ),
    ),
    Company(
        "Seguridad Integral del Pacífico",
        "N",
        MANABI,
        (("Guardia de seguridad", "5414", "indefinido", 15),),
    ),
    Company(
        "Clínica Santa Marianita",
        "Q",
        MANABI,
        (
            ("Auxiliar de enfermería", "3221", "indefinido", 4),
            ("Personal de limpieza hospitalaria", "9112", "plazo_fijo", 3),
            ("Fisioterapeuta", "2264", "servicios", 1),
        ),
    ),
    Company(
        "Palmicultora Tsáchila S.A.",
        "A",
        SANTO_DOMINGO,
        (
            ("Cosechador/a de palma africana", "9211", "temporada", 30),
            ("Operador/a de tractor agrícola", "8341", "plazo_fijo", 3),
            ("Trabajador/a calificado/a de plantación", "6112", "indefinido", 8),
        ),
    ),
    Company(
        "Agroexportadora Valle del Toachi",
        "A",
        SANTO_DOMINGO,
        (
            ("Peón agrícola de plátano", "9211", "temporada", 20),
            ("Empacador/a de fruta", "8183", "temporada", 15),
            ("Clasificador/a de calidad de fruta", "7515", "plazo_fijo", 4),
        ),
    ),
    Company(
        "Lácteos Los Colorados",
        "C",
        SANTO_DOMINGO,
        (
            ("Operador/a de planta de lácteos", "8160", "indefinido", 5),
            ("Chofer repartidor/a (licencia C)", "8322", "indefinido", 3),
        ),
    ),
    Company(
        "Comercial Tsáchila Electrodomésticos",
        "G",
        SANTO_DOMINGO,
        (
            ("Vendedor/a de piso", "5223", "indefinido", 6),
            ("Asesor/a de crédito y cobranzas", "3322", "indefinido", 3),
            ("Cajero/a", "5230", "plazo_fijo", 2),
        ),
    ),
    Company(
        "Avícola La Concordia",
        "A",
        SANTO_DOMINGO,
        (
            ("Galponero/a (cuidado de aves)", "9212", "indefinido", 10),
            ("Chofer de camión (licencia E)", "8332", "plazo_fijo", 2),
        ),
    ),
    Company(
        "Hotel Río Toachi",
        "I",
        SANTO_DOMINGO,
        (
            ("Recepcionista", "4224", "plazo_fijo", 2),
            ("Camarera/o de pisos", "9112", "temporada", 4),
            ("Pasante de cocina", "9412", "pasantia", 2),
        ),
    ),
)

REQUIREMENTS = (
    "Bachillerato completo.",
    "Experiencia mínima de seis meses.",
    "Disponibilidad para trabajar por turnos.",
    "No se requiere experiencia; la empresa capacita.",
    "Documento de identidad vigente (cédula, pasaporte o visa).",
    "Certificado de salud al día.",
)
CONTACT_GIVEN = ("María Fernanda", "Jorge Luis", "Gabriela", "Andrés", "Verónica", "Kléber")
CONTACT_FAMILY = (
    "Zambrano Cedeño",
    "Mendoza Intriago",
    "Loor Alcívar",
    "Vera Moreira",
    "Macías Pinargote",
    "Chávez Palacios",
)
VISIT_NOTES = (
    "Tiene experiencia en planta procesadora.",
    "Disponibilidad inmediata.",
    "Debe actualizar su visa antes de firmar contrato.",
    "Habla inglés básico.",
    "Prefiere el turno de la mañana.",
    "Vive cerca de la planta.",
)
NOT_HIRED_NOTES = (
    "No continuó en el proceso.",
    "El perfil no se ajusta a la vacante.",
    "Vacante cubierta.",
    "No se presentó a la segunda entrevista.",
)
LEGAL_WORDS = {"s.a", "sa", "cia", "ltda", "de", "del", "la", "el", "los", "las"}
GOOD_STEPS = ("Segunda entrevista", "Prueba técnica", "Enviar documentos", "Llamar para oferta")

"""The consent text lives in resources/ and prints as a PDF that reads back."""

from __future__ import annotations

from pypdf import PdfReader

from coworking.core.consent import consent_pdf, consent_text
from coworking.core.people import CONSENT_VERSION, PURPOSES


def test_text_of_the_current_version_names_purposes_and_rights() -> None:
    text = consent_text("Coworking Manta", "GAD Municipal de Manta", "datos@manta.gob.ec")
    assert CONSENT_VERSION in text and "{" not in text
    assert "Coworking Manta" in text and "datos@manta.gob.ec" in text
    assert "Estadísticas" in text and "Contacto" in text and len(PURPOSES) == 3
    for right in ("rectificación", "eliminación", "portabilidad", "retirar"):
        assert right in text


def test_printable_pdf_reads_back(tmp_path) -> None:
    pdf = consent_pdf(
        tmp_path / "consentimiento.pdf",
        "Coworking Santo Domingo",
        "GAD Municipal de Santo Domingo",
        "datos@santodomingo.gob.ec",
    )
    reader = PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Consentimiento para el tratamiento de datos personales" in text
    assert "Coworking Santo Domingo" in text and "seudonimizadas" in text
    assert "Firma o huella" in text

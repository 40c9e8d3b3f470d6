"""Writing templates back to JSON: the designer's save, import and export."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremony.messages import render
from ceremony.printing.errors import TemplateError
from ceremony.printing.render import RenderOptions, render_certificates
from ceremony.printing.template import (
    Template,
    builtin_names,
    font_names,
    load_template,
    read_template_file,
    save_user_template,
    template_from_data,
    template_json,
    template_problem,
    template_to_data,
    templates_dir,
    user_template_names,
    user_templates_dir,
    variable_names,
    write_template,
)
from tests.printing.conftest import BASE, pdf_text

# A 1 × 1 white PNG: the smallest background there is.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408"
    "d763f8ffff3f0005fe02fea7d6a4e60000000049454e44ae426082")


def same_content(left: Template, right: Template) -> bool:
    return (left.name, left.title, left.language, left.width_mm, left.height_mm, left.fields,
            left.artwork, left.prefixes, left.background_page) == (
        right.name, right.title, right.language, right.width_mm, right.height_mm,
        right.fields, right.artwork, right.prefixes, right.background_page)


@pytest.mark.parametrize("name", builtin_names())
def test_a_built_in_template_serialises_back_to_its_file(name: str) -> None:
    template = load_template(name)
    on_disk = json.loads((templates_dir() / f"{name}.json").read_text(encoding="utf-8"))
    data = template_to_data(template)
    assert template_problem(data) is None
    assert same_content(template_from_data(data), template)
    # What is written is what the file says; only values equal to a default are left out.
    assert {k: v for k, v in data.items() if k != "fields"} == {
        k: v for k, v in on_disk.items() if k != "fields"}
    for written, original in zip(data["fields"], on_disk["fields"], strict=True):
        assert written.items() <= original.items()


def test_a_custom_page_and_a_moved_field_round_trip(tmp_path: Path) -> None:
    template = load_template("bang-khen")
    moved = replace(template.fields[6], x=55.3, w=290.25, size=31.5, min_size=18,
                    align="left", wrap=False, when="!citation")
    changed = replace(template, name="rieng", width_mm=350.0, height_mm=250.5,
                      fields=(*template.fields[:6], moved, *template.fields[7:]))
    data = template_to_data(changed)
    assert data["page"] == {"size": "custom", "orientation": "landscape",
                            "width_mm": 350, "height_mm": 250.5}
    assert data["fields"][6]["x"] == 55.3 and data["fields"][6]["align"] == "left"
    target = write_template(changed, tmp_path / "rieng.json")
    assert same_content(read_template_file(target), changed)


def test_saving_a_user_template_then_loading_it_by_name() -> None:
    template = replace(load_template("giay-khen"), name="giay-khen-doan", title="Giấy khen Đoàn")
    path = save_user_template(template)
    assert path == (user_templates_dir() / "giay-khen-doan.json").resolve()
    assert user_template_names() == ["giay-khen-doan"]
    assert same_content(load_template("giay-khen-doan"), template)
    assert "Giấy khen Đoàn" in path.read_text(encoding="utf-8")  # readable UTF-8, not \\u escapes


def test_saving_again_needs_replace_and_the_new_version_is_read_afresh() -> None:
    first = replace(load_template("giay-khen"), name="mau-a", title="Mẫu A")
    save_user_template(first)
    assert load_template("mau-a").title == "Mẫu A"
    second = replace(first, title="Mẫu A, sửa lần 2")
    with pytest.raises(TemplateError) as refused:
        save_user_template(second)
    assert refused.value.key == "template.exists"
    save_user_template(second, replace=True)
    assert load_template("mau-a").title == "Mẫu A, sửa lần 2"


@pytest.mark.parametrize(("name", "key"), [("bang-khen", "template.builtin_name"),
                                           ("Bằng khen", "template.bad_name"),
                                           ("../escape", "template.bad_name")])
def test_a_name_that_is_built_in_or_not_a_file_name_is_refused(name: str, key: str) -> None:
    template = replace(load_template("bang-khen"), name=name)
    with pytest.raises(TemplateError) as refused:
        save_user_template(template)
    assert refused.value.key == key
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())
    assert "có sẵn" in render(key, "vi", name=name) or "Không dùng" in render(key, "vi",
                                                                                name=name)


def test_the_built_in_folder_is_never_written(tmp_path: Path) -> None:
    before = (templates_dir() / "bang-khen.json").read_bytes()
    template = replace(load_template("bang-khen"), title="Overwritten")
    with pytest.raises(TemplateError) as refused:
        write_template(template, templates_dir() / "bang-khen.json")
    assert refused.value.key == "template.builtin_folder"
    assert (templates_dir() / "bang-khen.json").read_bytes() == before


def test_an_invalid_template_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    template = load_template("bang-khen")
    tiny = replace(template.fields[0], size=1.0, min_size=1.0)
    broken = replace(template, fields=(tiny, *template.fields[1:]))
    with pytest.raises(TemplateError) as refused:
        write_template(broken, tmp_path / "broken.json")
    assert refused.value.key == "template.invalid"
    assert "field 1" in str(refused.value.params["detail"])
    assert "setting size" in str(refused.value.params["detail"])
    assert not (tmp_path / "broken.json").exists()


def test_exporting_carries_the_background_along(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "phoi.png").write_bytes(PNG)
    data = template_to_data(load_template("bang-khen"))
    data["background"] = {"file": "phoi.png"}
    (source / "mine.json").write_text(json.dumps(data), encoding="utf-8")
    template = read_template_file(source / "mine.json")
    assert template.background == (source / "phoi.png").resolve()

    out = tmp_path / "elsewhere" / "shared.json"
    write_template(template, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["background"] == {"file": "shared-background.png"}
    assert (out.parent / "shared-background.png").read_bytes() == PNG
    again = read_template_file(out)
    assert again.background == (out.parent / "shared-background.png").resolve()
    assert same_content(again, template)


def test_reading_a_bad_file_names_the_problem_in_the_users_language(tmp_path: Path) -> None:
    not_json = tmp_path / "notes.json"
    not_json.write_text("Danh sách khen thưởng", encoding="utf-8")
    with pytest.raises(TemplateError) as unreadable:
        read_template_file(not_json)
    assert unreadable.value.key == "template.unreadable"
    assert render(unreadable.value.key, "vi", **unreadable.value.params).startswith(
        "Không đọc được mẫu in")

    wrong = tmp_path / "wrong.json"
    data = template_to_data(load_template("bang-khen"))
    data["fields"][2]["font"] = "Comic Sans"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError) as invalid:
        read_template_file(wrong)
    assert invalid.value.key == "template.invalid"
    assert "setting font" in str(invalid.value.params["detail"])


def test_the_variables_and_fonts_come_from_the_schema() -> None:
    assert "name_with_prefix" in variable_names() and "citation" in variable_names()
    assert len(set(variable_names())) == len(variable_names()) == 24
    assert font_names()[0] == "serif" and "display" in font_names()


def test_template_json_is_indented_utf8() -> None:
    text = template_json(load_template("bang-khen"))
    assert text.startswith('{\n  "version": 1,') and "BẰNG KHEN" in text


# -- the blank's scan: the designer's underlay, never printed ---------------------------

def template_with_scan(folder: Path, scan: dict[str, object], *, with_file: bool = True
                       ) -> Template:
    folder.mkdir(parents=True, exist_ok=True)
    if with_file:
        (folder / "phoi-quet.png").write_bytes(PNG)
    data = template_to_data(load_template("bang-khen"))
    data["scan"] = scan
    (folder / "mine.json").write_text(json.dumps(data), encoding="utf-8")
    return read_template_file(folder / "mine.json")


def test_a_scan_is_read_and_exported_beside_the_template(tmp_path: Path) -> None:
    scan = {"file": "phoi-quet.png", "opacity": 0.35, "offset_mm": [1.5, -0.75],
            "rotation_deg": -0.4}
    template = template_with_scan(tmp_path / "source", scan)
    assert template.scan is not None
    assert template.scan.path == (tmp_path / "source" / "phoi-quet.png").resolve()
    assert (template.scan.opacity, template.scan.offset_mm, template.scan.rotation_deg) == (
        0.35, (1.5, -0.75), -0.4)

    out = write_template(template, tmp_path / "elsewhere" / "shared.json")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["scan"] == {**scan, "file": "shared-scan.png"}
    assert (out.parent / "shared-scan.png").read_bytes() == PNG
    again = read_template_file(out)
    assert again.scan is not None
    assert again.scan.path == (out.parent / "shared-scan.png").resolve()
    assert again.scan.offset_mm == (1.5, -0.75)


def test_a_missing_scan_is_no_error_and_keeps_its_settings(tmp_path: Path) -> None:
    template = template_with_scan(tmp_path / "source", {"file": "phoi-quet.png",
                                                        "opacity": 0.6}, with_file=False)
    assert template.scan is not None and template.scan.path is None
    assert template.scan.name == "phoi-quet.png"
    assert render_certificates(template, [BASE]).pdf.startswith(b"%PDF")
    out = write_template(template, tmp_path / "elsewhere" / "shared.json")
    assert json.loads(out.read_text(encoding="utf-8"))["scan"] == {
        "file": "phoi-quet.png", "opacity": 0.6}
    assert not (out.parent / "phoi-quet.png").exists()


def test_a_scan_linked_from_outside_the_folder_counts_as_missing(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(PNG)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "phoi-quet.png").symlink_to(tmp_path / "secret.png")
    template = template_with_scan(tmp_path / "source", {"file": "phoi-quet.png"},
                                  with_file=False)
    assert template.scan is not None and template.scan.path is None


@pytest.mark.parametrize("scan", [{"file": "phoi.png", "opacity": 0.0},
                                  {"file": "phoi.png", "offset_mm": [80, 0]},
                                  {"file": "phoi.png", "offset_mm": [1]},
                                  {"file": "../phoi.png"},
                                  {"file": "phoi.tiff"}])
def test_the_schema_refuses_a_bad_scan(scan: dict[str, object]) -> None:
    data = template_to_data(load_template("bang-khen"))
    data["scan"] = scan
    assert template_problem(data) is not None and "scan" in str(template_problem(data))


@pytest.mark.parametrize("stock", [False, True])
def test_printing_ignores_the_scan(tmp_path: Path, stock: bool) -> None:
    with_scan = template_with_scan(tmp_path, {"file": "phoi-quet.png", "opacity": 0.9,
                                              "offset_mm": [5, 5]})
    without = replace(with_scan, scan=None)
    records = [BASE, replace(BASE, award_id=2, name="Nông Thị Hoa", gender="female")]
    pdfs = [render_certificates(template, records, RenderOptions(stock=stock)).pdf
            for template in (with_scan, without)]
    pages = [PdfReader(io.BytesIO(pdf)).pages for pdf in pdfs]
    assert len(pages[0]) == len(pages[1]) == 2
    for left, right in zip(*pages, strict=True):
        assert left.get_contents().get_data() == right.get_contents().get_data()
    # ...and so are the words and where they stand (pdftotext -bbox).
    boxes = []
    for number, pdf in enumerate(pdfs):
        path = tmp_path / f"{number}.pdf"
        path.write_bytes(pdf)
        boxes.append(pdf_text(path, "-bbox"))
    assert boxes[0] == boxes[1] and "Hoàng" in boxes[0]
    assert PNG not in pdfs[0]


# -- the schema check remembered across runs (ceremony/printing/template_checks.py) ----

def _load_in_a_new_run(path: Path) -> dict[str, object]:
    """load_template(path) in a fresh process, as the next `ceremony certificates` would."""
    import subprocess
    import sys

    code = ("import json, sys\n"
            "from ceremony.printing.errors import TemplateError\n"
            "from ceremony.printing.template import load_template\n"
            "try:\n"
            "    load_template(sys.argv[1])\n"
            "except TemplateError as error:\n"
            "    print(json.dumps({'refused': error.key, 'detail': str(error.params['detail'])}))\n"
            "else:\n"
            "    print(json.dumps({'schema_checked': 'jsonschema' in sys.modules}))\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_template_that_passed_is_checked_again_once_edited(tmp_path: Path) -> None:
    import os

    from ceremony.printing.template_checks import checks_dir

    path = tmp_path / "mine.json"
    data = template_to_data(load_template("bang-khen"))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _load_in_a_new_run(path) == {"schema_checked": True}
    assert len(list(checks_dir().iterdir())) == 1
    assert _load_in_a_new_run(path) == {"schema_checked": False}  # remembered

    # Broken by hand, even keeping the file's modification time: checked, refused.
    stamp = path.stat()
    data["fields"][2]["font"] = "Comic Sans"
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    refused = _load_in_a_new_run(path)
    with pytest.raises(TemplateError) as direct:
        read_template_file(path)
    assert refused == {"refused": "template.invalid",
                       "detail": str(direct.value.params["detail"])}
    assert "field 3" in str(refused["detail"]) and "setting font" in str(refused["detail"])
    # A refusal is never remembered: the next run refuses it just the same.
    assert _load_in_a_new_run(path) == refused
    assert len(list(checks_dir().iterdir())) == 1


def test_an_unwritable_cache_only_means_checking_every_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    path = tmp_path / "mine.json"
    path.write_text(template_json(load_template("giay-khen")), encoding="utf-8")
    assert same_content(read_template_file(path), load_template("giay-khen"))


def test_the_schema_and_every_built_in_file_are_valid() -> None:
    """Checked here rather than at every run: the schema against the meta-schema."""
    from jsonschema import Draft202012Validator

    from ceremony.printing.template import SCHEMA_FILE

    Draft202012Validator.check_schema(
        json.loads((templates_dir() / SCHEMA_FILE).read_text(encoding="utf-8")))
    for name in builtin_names():
        on_disk = json.loads((templates_dir() / f"{name}.json").read_text(encoding="utf-8"))
        assert template_problem(on_disk) is None, name


def test_a_broken_template_is_explained_in_the_users_language() -> None:
    from ceremony.messages import render

    data = template_to_data(load_template("bang-khen"))
    data["fields"][0]["w"] = 0
    with pytest.raises(TemplateError) as refused:
        template_from_data(data)
    first = data["fields"][0]["id"]
    vietnamese = render(refused.value.key, "vi", **refused.value.params)
    english = render(refused.value.key, "en", **refused.value.params)
    assert f"ô thứ 1 (“{first}”), mục w là 0; phải lớn hơn 0" in vietnamese
    assert f"field 1 (“{first}”), setting w is 0; it must be more than 0" in english
    data["fields"] = []
    assert format(template_problem(data), "vi") == "mục fields không được để trống"


def test_two_fields_with_one_id_are_refused() -> None:
    data = template_to_data(load_template("bang-khen"))
    data["fields"][1]["id"] = data["fields"][0]["id"]
    with pytest.raises(TemplateError) as refused:
        template_from_data(data)
    assert refused.value.key == "template.invalid"
    assert data["fields"][0]["id"] in str(refused.value.params["detail"])

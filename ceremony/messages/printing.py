"""Messages of certificate printing: templates, fonts, printer profiles, the commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "template.not_found": {
        "en": "There is no certificate template {name}. Built-in templates: {known}.",
        "vi": "Không có mẫu in {name}. Các mẫu có sẵn: {known}.",
    },
    "template.file_missing": {
        "en": "The template file {path} does not exist.",
        "vi": "Không có tệp mẫu in {path}.",
    },
    "template.unreadable": {
        "en": "The template {path} cannot be read: {detail}",
        "vi": "Không đọc được mẫu in {path}: {detail}",
    },
    "template.invalid": {
        "en": "The template {path} is not valid: {detail:en}.",
        "vi": "Mẫu in {path} không hợp lệ: {detail:vi}.",
    },
    "template.background_damaged": {
        "en": "The template's background {path} cannot be read: the file may be damaged. "
        "Choose the artwork again, or remove it from the template.",
        "vi": "Không đọc được ảnh nền {path} của mẫu in: tệp có thể đã hỏng. Hãy chọn lại "
        "ảnh nền, hoặc bỏ ảnh nền khỏi mẫu.",
    },
    "template.place.top": {"en": "the template", "vi": "mẫu in"},
    "template.place.setting": {"en": "setting {setting}", "vi": "mục {setting}"},
    "template.place.field": {"en": "field {number} (“{id}”)", "vi": "ô thứ {number} (“{id}”)"},
    "template.place.field_setting": {
        "en": "field {number} (“{id}”), setting {setting}",
        "vi": "ô thứ {number} (“{id}”), mục {setting}",
    },
    "template.problem.at_least": {
        "en": "{where:en} is {value}; it must be at least {limit}",
        "vi": "{where:vi} là {value}; phải từ {limit} trở lên",
    },
    "template.problem.more_than": {
        "en": "{where:en} is {value}; it must be more than {limit}",
        "vi": "{where:vi} là {value}; phải lớn hơn {limit}",
    },
    "template.problem.at_most": {
        "en": "{where:en} is {value}; it must be at most {limit}",
        "vi": "{where:vi} là {value}; không được quá {limit}",
    },
    "template.problem.less_than": {
        "en": "{where:en} is {value}; it must be less than {limit}",
        "vi": "{where:vi} là {value}; phải nhỏ hơn {limit}",
    },
    "template.problem.missing": {
        "en": "{where:en}: {names} must be given",
        "vi": "{where:vi}: thiếu {names}",
    },
    "template.problem.empty": {
        "en": "{where:en} must not be empty",
        "vi": "{where:vi} không được để trống",
    },
    "template.problem.unknown": {
        "en": "{where:en}: {names} is not a known setting",
        "vi": "{where:vi}: không có mục {names}",
    },
    "template.problem.choice": {
        "en": "{where:en}: {value} is not one of {allowed}",
        "vi": "{where:vi}: {value} không phải là một trong các giá trị {allowed}",
    },
    "template.problem.form": {
        "en": "{where:en}: {value} is not in the expected form",
        "vi": "{where:vi}: {value} không đúng dạng",
    },
    "template.problem.other": {"en": "{where:en}: {detail}", "vi": "{where:vi}: {detail}"},
    "template.problem.duplicate_id": {
        "en": "several fields have the id {names}; each field needs its own",
        "vi": "nhiều ô có cùng mã {names}; mỗi ô cần một mã riêng",
    },
    "template.background_missing": {
        "en": "The template's background {path} is missing or outside the template's folder.",
        "vi": "Không có ảnh nền {path} của mẫu in, hoặc ảnh nằm ngoài thư mục của mẫu.",
    },
    "printing.missing_glyphs": {
        "en": "Nothing was printed: for {count} field(s) the font has no letter for some "
        "characters (they would print as boxes). Correct the text or choose another font:\n"
        "{details}",
        "vi": "Chưa in gì: ở {count} ô, phông chữ không có một số ký tự (sẽ in ra ô vuông). "
        "Hãy sửa nội dung hoặc chọn phông khác:\n{details}",
    },
    "printing.cancelled": {
        "en": "Printing was cancelled; nothing was written or recorded.",
        "vi": "Đã hủy in; không ghi tệp và không ghi nhận gì.",
    },
    "certificates.none_selected": {
        "en": "No awards match: there is nothing to print.",
        "vi": "Không có khen thưởng nào phù hợp: không có gì để in.",
    },
    "certificates.round_label": {
        "en": "Block {block} · Round {round} — {award} ({people} honoree(s))",
        "vi": "Khối {block} · Đợt {round} — {award} ({people} người)",
    },
    "certificates.no_running_order": {
        "en": "The ceremony has no running order yet (no stage rounds): plan it first, or "
        "print without choosing a round.",
        "vi": "Buổi lễ chưa có chương trình (chưa xếp các đợt lên sân khấu): hãy xếp chương "
        "trình trước, hoặc in mà không chọn đợt.",
    },
    "certificates.no_round": {
        "en": "The running order has no stage round {round} (block.round). Its rounds: {known}.",
        "vi": "Chương trình không có đợt {round} (khối.đợt). Các đợt hiện có: {known}.",
    },
    "certificates.round_needs_ceremony": {
        "en": "Choose a ceremony to print the certificates of one stage round.",
        "vi": "Hãy chọn một buổi lễ để in bằng, giấy khen theo từng đợt lên sân khấu.",
    },
    "certificates.usage_out": {
        "en": "Give either --out FILE.pdf or --split FOLDER.",
        "vi": "Hãy chỉ định --out TỆP.pdf hoặc --split THƯ_MỤC.",
    },
    "certificates.split_folder_has_pdfs": {
        "en": "The folder {folder} already holds {count} PDF file(s) (such as {example}), "
        "perhaps from an earlier batch: the new files would be mixed with them. Choose an "
        "empty folder. Nothing was printed or recorded.",
        "vi": "Thư mục {folder} đã có {count} tệp PDF (như {example}), có thể của lần in "
        "trước: các tệp mới sẽ lẫn với chúng. Hãy chọn một thư mục trống. Chưa in và chưa "
        "ghi nhận gì.",
    },
    "profile.not_found": {
        "en": "There is no printer profile named {name}.",
        "vi": "Không có hồ sơ máy in tên {name}.",
    },
    "profile.name_empty": {
        "en": "A printer profile needs a name.",
        "vi": "Hồ sơ máy in cần có tên.",
    },
    "profile.offset_range": {
        "en": "An offset must be between −{limit} and {limit} mm.",
        "vi": "Độ lệch phải trong khoảng −{limit} đến {limit} mm.",
    },
    "profile.scale_range": {
        "en": "The scale must be between 0.5 and 1.5 (1 = actual size).",
        "vi": "Tỉ lệ phải trong khoảng 0,5 đến 1,5 (1 = cỡ thật).",
    },
    "cli.certificates_wrote": {
        "en": "Wrote {pages} certificate page(s) to {path}",
        "vi": "Đã ghi {pages} trang giấy khen, bằng khen vào {path}",
    },
    "cli.certificates_printed": {
        "en": "Recorded as printed; first prints received register numbers.",
        "vi": "Đã ghi nhận đã in; các bản in lần đầu đã được cấp số sổ vàng.",
    },
    "cli.certificates_squeezed": {
        "en": "Page {page}: the field {field} had to go below its minimum size ({size} pt).",
        "vi": "Trang {page}: ô {field} phải thu nhỏ dưới cỡ tối thiểu ({size} pt).",
    },
    "cli.profile_line": {
        "en": "{name}: printer {printer}, tray {tray}, X {x:+g} mm, Y {y:+g} mm, scale {scale:g}",
        "vi": "{name}: máy in {printer}, khay {tray}, X {x:+g} mm, Y {y:+g} mm, tỉ lệ {scale:g}",
    },
    "cli.no_profiles": {
        "en": "No printer profiles yet.",
        "vi": "Chưa có hồ sơ máy in nào.",
    },
    "cli.profile_deleted": {
        "en": "Deleted the printer profile {name}.",
        "vi": "Đã xóa hồ sơ máy in {name}.",
    },
    "cli.calibration_wrote": {
        "en": "Wrote the calibration sheet {path}: print it at actual size.",
        "vi": "Đã ghi tờ hiệu chỉnh {path}: hãy in ở cỡ thật.",
    },
    "cli.template_line": {
        "en": "{name}: {title}",
        "vi": "{name}: {title}",
    },
}

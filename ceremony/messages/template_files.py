"""Messages of saving, importing and exporting certificate templates (the designer)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "template.builtin_name": {
        "en": "{name} is the name of a built-in template: choose another name for your "
        "template (built-in templates are never overwritten).",
        "vi": "{name} là tên của một mẫu in có sẵn: hãy đặt tên khác cho mẫu của bạn "
        "(mẫu in có sẵn không bao giờ bị ghi đè).",
    },
    "template.bad_name": {
        "en": "The name {name} cannot be used: use lower-case letters without accents, "
        "digits and hyphens (for example bang-khen-so-2).",
        "vi": "Không dùng được tên {name}: hãy dùng chữ thường không dấu, chữ số và dấu "
        "gạch ngang (ví dụ bang-khen-so-2).",
    },
    "template.exists": {
        "en": "You already have a template named {name}.",
        "vi": "Bạn đã có một mẫu in tên {name}.",
    },
    "template.builtin_folder": {
        "en": "{path} is in the folder of the built-in templates, which are never "
        "overwritten: choose another folder.",
        "vi": "{path} nằm trong thư mục mẫu in có sẵn, nơi không bao giờ bị ghi đè: hãy chọn "
        "thư mục khác.",
    },
}

"""Messages about editing the registry by hand."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "honoree.name_empty": {
        "en": "The name must not be empty.",
        "vi": "Họ tên không được để trống.",
    },
    "honoree.too_long.name": {
        "en": "The name is {length} characters long; the registry holds at most {limit}.",
        "vi": "Họ tên dài {length} ký tự; sổ đăng ký chỉ lưu tối đa {limit} ký tự.",
    },
    "honoree.too_long.rank": {
        "en": "The rank is {length} characters long; the registry holds at most {limit}.",
        "vi": "Cấp bậc dài {length} ký tự; sổ đăng ký chỉ lưu tối đa {limit} ký tự.",
    },
    "honoree.too_long.position": {
        "en": "The position is {length} characters long; the registry holds at most {limit}.",
        "vi": "Chức vụ dài {length} ký tự; sổ đăng ký chỉ lưu tối đa {limit} ký tự.",
    },
    "honoree.too_long.unit": {
        "en": "The unit is {length} characters long; the registry holds at most {limit}.",
        "vi": "Tên đơn vị dài {length} ký tự; sổ đăng ký chỉ lưu tối đa {limit} ký tự.",
    },
    "honoree.too_long.ethnicity": {
        "en": "The ethnicity is {length} characters long; the registry holds at most {limit}.",
        "vi": "Dân tộc dài {length} ký tự; sổ đăng ký chỉ lưu tối đa {limit} ký tự.",
    },
    "honoree.bad_kind": {
        "en": "{value} is neither an individual nor a collective.",
        "vi": "{value} không phải cá nhân cũng không phải tập thể.",
    },
    "honoree.bad_gender": {
        "en": "{value} is not a gender the registry knows (male, female).",
        "vi": "{value} không phải giới tính hợp lệ (nam, nữ).",
    },
    "honoree.collective_personal": {
        "en": "A collective has no gender or year of birth.",
        "vi": "Tập thể không có giới tính hay năm sinh.",
    },
    "honoree.bad_year": {
        "en": "{value} is not a plausible year of birth.",
        "vi": "{value} không phải năm sinh hợp lệ.",
    },
    "honoree.not_found": {
        "en": "There is no honoree with id {id}.",
        "vi": "Không có người/tập thể nào mang mã {id}.",
    },
    "honoree.changed_elsewhere": {
        "en": "{name} was changed by someone else after you opened it. Your changes were "
        "not saved; reopen the record to see the new version.",
        "vi": "{name} đã được người khác sửa sau khi bạn mở. Thay đổi của bạn chưa được lưu; "
        "hãy mở lại để xem bản mới.",
    },
    "honoree.has_awards": {
        "en": "{name} holds awards and cannot be removed.",
        "vi": "{name} đã có khen thưởng nên không thể xóa.",
    },
    "award.not_found": {
        "en": "There is no award with id {id}.",
        "vi": "Không có khen thưởng nào mang mã {id}.",
    },
}

MESSAGES.update({
    "ceremony.has_awards": {
        "en": "{title} has awards and cannot be removed.",
        "vi": "{title} đã có khen thưởng nên không thể xóa.",
    },
    "reference.name_empty": {
        "en": "The name (or number) must not be empty.",
        "vi": "Tên (hoặc số) không được để trống.",
    },
    "reference.duplicate": {
        "en": "{name} is already in the registry.",
        "vi": "{name} đã có trong sổ đăng ký.",
    },
    "reference.not_found": {
        "en": "{name} is no longer in the registry.",
        "vi": "{name} không còn trong sổ đăng ký.",
    },
    "reference.in_use": {
        "en": "{name} is still used by awards and cannot be removed.",
        "vi": "{name} vẫn đang được dùng nên không thể xóa.",
    },
    "reference.bad_category": {
        "en": "{value} is not a kind of award the registry knows.",
        "vi": "{value} không phải hình thức khen thưởng hợp lệ.",
    },
    "reference.bad_recipients": {
        "en": "{value} is not a valid choice of recipients.",
        "vi": "{value} không phải đối tượng nhận hợp lệ.",
    },
})

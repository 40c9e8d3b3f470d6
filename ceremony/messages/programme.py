"""Messages about the ceremony plan: programme, blocks, rounds, presenters, check-in."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "programme.unknown_template": {
        "en": "There is no programme template called {name} (known: {known}).",
        "vi": "Không có mẫu chương trình tên {name} (các mẫu có: {known}).",
    },
    "programme.item_not_found": {
        "en": "There is no programme item with id {id}.",
        "vi": "Không có mục chương trình nào mang mã {id}.",
    },
    "programme.not_a_segment": {
        "en": "Programme item {id} is a presentation block; change the block instead.",
        "vi": "Mục chương trình {id} là một phần trao thưởng; hãy sửa phần trao thưởng đó.",
    },
    "programme.bad_minutes": {
        "en": "{minutes} is not a valid number of minutes.",
        "vi": "{minutes} không phải số phút hợp lệ.",
    },
    "programme.block_not_found": {
        "en": "There is no presentation block with id {id}.",
        "vi": "Không có phần trao thưởng nào mang mã {id}.",
    },
    "programme.award_not_planned": {
        "en": "Award {id} has no place on stage yet.",
        "vi": "Khen thưởng mã {id} chưa được xếp lên sân khấu.",
    },
    "programme.award_not_in_ceremony": {
        "en": "Award {id} does not belong to a ceremony.",
        "vi": "Khen thưởng mã {id} không thuộc buổi lễ nào.",
    },
    "programme.bad_round": {
        "en": "There is no round {round}: the block has {rounds} (one more makes a new one).",
        "vi": "Không có đợt {round}: phần này có {rounds} đợt (thêm một đợt mới là đợt kế tiếp).",
    },
    "programme.bad_round_size": {
        "en": "{size} people per round is not possible (1 to {most}).",
        "vi": "Không thể xếp {size} người một đợt (từ 1 đến {most}).",
    },
    "programme.presenter_not_found": {
        "en": "There is no presenter with id {id} at this ceremony.",
        "vi": "Buổi lễ không có người trao thưởng nào mang mã {id}.",
    },
    "programme.presenter_name_empty": {
        "en": "A presenter needs a name.",
        "vi": "Người trao thưởng phải có họ tên.",
    },
    "programme.proxy_needs_name": {
        "en": "Name the person who receives the award on the honoree's behalf.",
        "vi": "Hãy nhập họ tên người nhận thay.",
    },
    "programme.bad_timing": {
        "en": "Times per person, per round and per reading cannot be negative.",
        "vi": "Thời gian cho mỗi người, mỗi đợt và mỗi lần đọc quyết định không được âm.",
    },
    "cli.order_planned": {
        "en": "Placed {count} award(s) on stage that had no place yet.",
        "vi": "Đã xếp lên sân khấu {count} khen thưởng chưa có vị trí.",
    },
    "cli.order_wrote": {
        "en": "Wrote {path} ({pages} pages).",
        "vi": "Đã ghi {path} ({pages} trang).",
    },
    "cli.order_overrun": {
        "en": "Warning: {award} is estimated at {minutes} min, beyond its {slot} min slot.",
        "vi": "Cảnh báo: {award} dự kiến mất {minutes} phút, vượt {slot} phút đã định.",
    },
}

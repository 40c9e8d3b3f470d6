"""The words the ceremony's papers print, in Vietnamese and English.

Kept as templates with named fields; the MC's sentences follow the usual
wording of Vietnamese state ceremonies ("Trân trọng kính mời …").
"""

from __future__ import annotations

from datetime import date

PHRASES: dict[str, dict[str, str]] = {
    "vi": {
        "order_heading": "CHƯƠNG TRÌNH BUỔI LỄ",
        "script_heading": "KỊCH BẢN DẪN CHƯƠNG TRÌNH",
        "lineup_heading": "SƠ ĐỒ ĐỨNG TRÊN SÂN KHẤU",
        "tray_heading": "THỨ TỰ KHAY BẰNG, HUY CHƯƠNG",
        "page": "Trang",
        "col_time": "Thời gian",
        "col_item": "Nội dung",
        "col_speaker": "Người thực hiện",
        "col_place": "Vị trí",
        "col_name": "Họ và tên",
        "col_receiver": "Người lên nhận",
        "col_note": "Ghi chú",
        "col_no": "STT",
        "col_round": "Đợt, vị trí",
        "block_title": "Công bố {decision} và trao {award}",
        "decision": "Quyết định số {number}{date} của {authority}",
        "decision_date": " ngày {d:%d/%m/%Y}",
        "no_decision": "quyết định khen thưởng",
        "round": "Đợt {n}",
        "round_of": "Đợt {n}/{total}",
        "people": "{n} người",
        "absent": "vắng mặt",
        "absent_note": "vắng mặt, không mời lên sân khấu",
        "proxy": "{receiver} nhận thay",
        "posthumous": "truy tặng",
        "relative": "thân nhân nhận thay: {receiver}",
        "representative": "đại diện nhận: {receiver}",
        "overrun": "Lưu ý: dự kiến {minutes} phút, vượt thời lượng {slot} phút đã định.",
        "ends": "Dự kiến kết thúc: {time}",
        "speaker": "Người thực hiện: {speaker}",
        "read_decision": "Trân trọng kính mời đại diện Ban Tổ chức công bố {decision} "
                         "về việc tặng {award}.",
        "invite_individuals": "các đồng chí có tên sau",
        "invite_collectives": "đại diện các tập thể có tên sau",
        "invite_mixed": "các tập thể và cá nhân có tên sau",
        "invite_first": "Trân trọng kính mời {presenters} lên trao {award} cho {whom}:",
        "invite_next": "Tiếp theo, trân trọng kính mời {presenters} lên trao {award} "
                       "cho {whom}:",
        "invite_no_presenter": "Trân trọng kính mời {whom} lên nhận {award}:",
        "and": " và ",
        "photo": "Xin chúc mừng các đồng chí! Trân trọng kính mời đại biểu chụp ảnh lưu niệm "
                 "cùng các đồng chí.",
        "audience_view": "Vị trí đánh số từ trái sang phải, nhìn từ phía khán giả. "
                         "Người trao: {presenters}.",
        "kept_back": "giữ lại (vắng mặt)",
        "presenter_card": "Người trao thưởng",
        "date": "{place}ngày {d:%d} tháng {d:%m} năm {d:%Y}",
    },
    "en": {
        "order_heading": "RUNNING ORDER",
        "script_heading": "MC SCRIPT",
        "lineup_heading": "STAGE LINE-UP",
        "tray_heading": "TRAY LIST",
        "page": "Page",
        "col_time": "Time",
        "col_item": "Item",
        "col_speaker": "Speaker",
        "col_place": "Place",
        "col_name": "Name",
        "col_receiver": "Receives on stage",
        "col_note": "Note",
        "col_no": "No.",
        "col_round": "Round, place",
        "block_title": "Reading of {decision} and presentation of the {award}",
        "decision": "decision {number}{date} of the {authority}",
        "decision_date": " of {d:%d %B %Y}",
        "no_decision": "the award decision",
        "round": "Round {n}",
        "round_of": "Round {n}/{total}",
        "people": "{n} people",
        "absent": "absent",
        "absent_note": "absent, not called to the stage",
        "proxy": "received by {receiver}",
        "posthumous": "posthumously",
        "relative": "received by {receiver}",
        "representative": "represented by {receiver}",
        "overrun": "Note: estimated at {minutes} min, beyond its planned {slot} min.",
        "ends": "Estimated end: {time}",
        "speaker": "Speaker: {speaker}",
        "read_decision": "I invite a representative of the organisers to read {decision} "
                         "conferring the {award}.",
        "invite_individuals": "the following",
        "invite_collectives": "the representatives of the following",
        "invite_mixed": "the following",
        "invite_first": "It is my honour to invite {presenters} to present the {award} "
                        "to {whom}:",
        "invite_next": "Next, I invite {presenters} to present the {award} to {whom}:",
        "invite_no_presenter": "I invite {whom} to receive the {award}:",
        "and": " and ",
        "photo": "Congratulations! Please stay on stage for a photograph.",
        "audience_view": "Places numbered from left to right as the audience sees the stage. "
                         "Presenting: {presenters}.",
        "kept_back": "kept back (absent)",
        "presenter_card": "Presenter",
        "date": "{place}{d:%d %B %Y}",
    },
}


def phrases(language: str) -> dict[str, str]:
    return PHRASES.get(language, PHRASES["en"])


def dated(words: dict[str, str], place: str, on: date) -> str:
    return words["date"].format(place=f"{place}, " if place else "", d=on)

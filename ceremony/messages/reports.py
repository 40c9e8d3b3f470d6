"""Messages and document wording of reports: annexes, statistics, safe exports, eligibility."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- the decision annex ---------------------------------------------------------------
    "report.annex.heading": {"vi": "DANH SÁCH", "en": "LIST"},
    "report.annex.subject.both": {
        "vi": "Tập thể, cá nhân được tặng {award}",
        "en": "Collectives and individuals awarded the {award}",
    },
    "report.annex.subject.collective": {
        "vi": "Tập thể được tặng {award}",
        "en": "Collectives awarded the {award}",
    },
    "report.annex.subject.individual": {
        "vi": "Cá nhân được tặng {award}",
        "en": "Individuals awarded the {award}",
    },
    "report.annex.attached": {
        "vi": "(Kèm theo Quyết định số {number} ngày {date} của {authority})",
        "en": "(Attached to Decision No. {number} of {date} by the {authority})",
    },
    "report.annex.attached_undated": {
        "vi": "(Kèm theo Quyết định số {number} của {authority})",
        "en": "(Attached to Decision No. {number} by the {authority})",
    },
    "report.annex.no_decision": {
        "vi": "(Chưa có quyết định khen thưởng)",
        "en": "(No award decision recorded yet)",
    },
    "report.annex.motto_country": {
        "vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "en": "SOCIALIST REPUBLIC OF VIET NAM",
    },
    "report.annex.motto": {
        "vi": "Độc lập - Tự do - Hạnh phúc",
        "en": "Independence - Freedom - Happiness",
    },
    "report.annex.section.collective": {"vi": "TẬP THỂ", "en": "COLLECTIVES"},
    "report.annex.section.individual": {"vi": "CÁ NHÂN", "en": "INDIVIDUALS"},
    "report.annex.closing": {
        "vi": "Ấn định danh sách gồm {summary}./.",
        "en": "This list comprises {summary}.",
    },
    "report.annex.count.collective": {"vi": "{n:02d} tập thể", "en": "{n} collectives"},
    "report.annex.count.collective_one": {"vi": "{n:02d} tập thể", "en": "{n} collective"},
    "report.annex.count.individual": {"vi": "{n:02d} cá nhân", "en": "{n} individuals"},
    "report.annex.count.individual_one": {"vi": "{n:02d} cá nhân", "en": "{n} individual"},
    "report.annex.and": {"vi": " và ", "en": " and "},
    "report.annex.page": {"vi": "{page}", "en": "{page}"},
    "report.column.seq": {"vi": "STT", "en": "No."},
    "report.column.name": {"vi": "Họ và tên", "en": "Name"},
    "report.column.rank": {"vi": "Cấp bậc", "en": "Rank"},
    "report.column.position": {"vi": "Chức vụ", "en": "Position"},
    "report.column.rank_position": {"vi": "Cấp bậc, chức vụ", "en": "Rank, position"},
    "report.column.unit": {"vi": "Đơn vị", "en": "Unit"},
    "report.column.award": {"vi": "Hình thức khen thưởng", "en": "Award"},
    # -- statistics -----------------------------------------------------------------------
    "report.statistics.heading": {"vi": "THỐNG KÊ KHEN THƯỞNG", "en": "AWARD STATISTICS"},
    "report.statistics.sheet": {"vi": "Thống kê", "en": "Statistics"},
    "report.statistics.ceremony": {
        "vi": "Buổi lễ: {title} ({date})",
        "en": "Ceremony: {title} ({date})",
    },
    "report.statistics.period": {
        "vi": "Từ ngày {start} đến ngày {end}",
        "en": "From {start} to {end}",
    },
    "report.statistics.by_award": {
        "vi": "1. Theo hình thức khen thưởng",
        "en": "1. By award",
    },
    "report.statistics.by_unit": {"vi": "2. Theo đơn vị", "en": "2. By unit"},
    "report.statistics.chart": {
        "vi": "Số lượng khen thưởng theo hình thức",
        "en": "Awards by type",
    },
    "report.statistics.total_row": {"vi": "Tổng cộng", "en": "Total"},
    "report.statistics.no_unit": {"vi": "(Không ghi đơn vị)", "en": "(No unit given)"},
    "report.statistics.note": {
        "vi": "Nam, nữ và người dân tộc thiểu số chỉ tính trong số cá nhân; tập thể không "
              "ghi đơn vị được tính theo chính tập thể đó.",
        "en": "Men, women and ethnic minorities count individuals only; a collective listed "
              "without a unit is counted under its own name.",
    },
    "report.statistics.group": {"vi": "Nhóm", "en": "Group"},
    "report.statistics.group.award": {"vi": "Hình thức khen thưởng", "en": "Award"},
    "report.statistics.group.unit": {"vi": "Đơn vị", "en": "Unit"},
    "report.statistics.group.total": {"vi": "Tổng cộng", "en": "Total"},
    "report.column.label": {"vi": "Hình thức khen thưởng, đơn vị", "en": "Award or unit"},
    "report.column.authority": {"vi": "Cấp khen", "en": "Conferred by"},
    "report.column.total": {"vi": "Tổng số", "en": "Total"},
    "report.column.collectives": {"vi": "Tập thể", "en": "Collectives"},
    "report.column.individuals": {"vi": "Cá nhân", "en": "Individuals"},
    "report.column.men": {"vi": "Nam", "en": "Men"},
    "report.column.women": {"vi": "Nữ", "en": "Women"},
    "report.column.minorities": {"vi": "Dân tộc thiểu số", "en": "Ethnic minorities"},
    # -- refusals and the command ---------------------------------------------------------
    "report.bad_period": {
        "vi": "Khoảng thời gian không hợp lệ: ngày bắt đầu {start} sau ngày kết thúc {end}.",
        "en": "The period is not valid: the start {start} is after the end {end}.",
    },
    "report.bad_format": {
        "vi": "Không xuất được {path}: chỉ hỗ trợ tệp .pdf, .xlsx và .csv.",
        "en": "Cannot write {path}: only .pdf, .xlsx and .csv files are supported.",
    },
    "report.annex_format": {
        "vi": "Danh sách kèm theo quyết định chỉ xuất ra tệp .pdf hoặc .xlsx, không xuất {path}.",
        "en": "A decision annex is written as .pdf or .xlsx, not as {path}.",
    },
    "report.needs_scope": {
        "vi": "Hãy chỉ định --ceremony MÃ, hoặc --from NGÀY và --to NGÀY cho thống kê theo "
              "khoảng thời gian.",
        "en": "Give --ceremony ID, or --from DATE and --to DATE for the statistics of a period.",
    },
    "report.annex_needs_ceremony": {
        "vi": "Danh sách kèm theo quyết định được lập theo buổi lễ: hãy chỉ định --ceremony MÃ.",
        "en": "A decision annex is made per ceremony: give --ceremony ID.",
    },
    "report.no_awards": {
        "vi": "Không có khen thưởng nào để báo cáo.",
        "en": "There are no awards to report.",
    },
    "export.too_long": {
        "vi": "Chưa xuất tệp: ô {cell} có {length} ký tự, vượt quá {limit} ký tự mà một ô "
              "Excel chứa được. Hãy rút gọn nội dung bắt đầu bằng “{start}…”.",
        "en": "Nothing was exported: cell {cell} holds {length} characters, more than the "
              "{limit} an Excel cell can hold. Shorten the text starting “{start}…”.",
    },
    "cli.report_annex_wrote": {
        "vi": "Đã ghi {count} danh sách kèm theo quyết định ({entries} dòng) vào {path}",
        "en": "Wrote {count} decision annex(es) ({entries} rows) to {path}",
    },
    "cli.report_statistics_wrote": {
        "vi": "Đã ghi thống kê ({total} lượt khen thưởng) vào {path}",
        "en": "Wrote the statistics ({total} awards) to {path}",
    },
    "cli.report_annex_line": {
        "vi": "{award} — QĐ {decision}: {collectives} tập thể, {individuals} cá nhân",
        "en": "{award} — decision {decision}: {collectives} collectives, "
              "{individuals} individuals",
    },
    "cli.report_statistics_line": {
        "vi": "{label}: {total} (tập thể {collectives}, cá nhân {individuals}, nữ {women}, "
              "dân tộc thiểu số {minorities})",
        "en": "{label}: {total} ({collectives} collectives, {individuals} individuals, "
              "{women} women, {minorities} ethnic minorities)",
    },
    "cli.report_warning": {"vi": "Lưu ý: {message}", "en": "Note: {message}"},
    # -- eligibility ----------------------------------------------------------------------
    "eligibility.once_held": {
        "vi": "{name} đã được tặng {award} (quyết định {decision}, {previous}); hình thức "
              "này chỉ tặng một lần.",
        "en": "{name} already holds the {award} (decision {decision}, {previous}); it is "
              "given only once.",
    },
    "eligibility.too_soon": {
        "vi": "{name} đã được tặng {award} ngày {previous} (quyết định {decision}); đến "
              "{date} chưa đủ {years} năm.",
        "en": "{name} received the {award} on {previous} (decision {decision}), less than "
              "{years} years before {date}.",
    },
    "eligibility.bad_years": {
        "vi": "Số năm tối thiểu giữa hai lần khen phải từ 0 đến {limit}.",
        "en": "The minimum number of years between two awards must be from 0 to {limit}.",
    },
    "eligibility.award_type_not_found": {
        "vi": "Không có hình thức khen thưởng số {id}.",
        "en": "There is no award type number {id}.",
    },
    "eligibility.wrong_kind": {
        "vi": "{award} không tặng cho {name} (không đúng đối tượng tập thể/cá nhân).",
        "en": "The {award} is not given to {name} (wrong kind: collective or individual).",
    },
    "eligibility.decision_elsewhere": {
        "vi": "Quyết định {decision} không do cấp khen của {award} ban hành.",
        "en": "Decision {decision} was not issued by the authority that confers the {award}.",
    },
    "eligibility.already_listed": {
        "vi": "{name} đã có {award} theo cùng quyết định này.",
        "en": "{name} already has the {award} under this decision.",
    },
    "eligibility.award_printed": {
        "vi": "Không xóa được khen thưởng của {name}: giấy chứng nhận đã được in.",
        "en": "The award of {name} cannot be removed: its certificate has been printed.",
    },
}

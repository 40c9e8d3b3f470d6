"""Names a nominee list or a clerk could type that would be dangerous as markup.

ReportLab's Paragraph reads `<img src=…>` (it opens the file or URL), evaluates
`<font color=…>` expressions in older versions, and chokes on unbalanced tags;
PDF strings break on unbalanced parentheses and backslashes; Python's format()
would read `{…}`. Every name here must print exactly as stored, as text. Only
letters the shipped fonts have are used: a name the fonts cannot draw is refused
before printing by design (printing.missing_glyphs), and tested elsewhere.
"""

from __future__ import annotations

# The longest names the registry stores (300 characters, the column's size on
# PostgreSQL); 10,000-character ones are refused at entry with a message (TOO_LONG).
LONG_WORDS = " ".join(["Nguyễn Thị Minh Khai Phường Bến Nghé"] * 280)[:300].strip()
LONG_RUN = "Đ" + "ồ" * 299  # 300 characters and not one space
TOO_LONG = [" ".join(["Nguyễn Thị Minh Khai Phường Bến Nghé"] * 280)[:10_000],
            ("Đ" + "ồ" * 4999) * 2]

MARKUP = [
    "<b>Nguyễn Văn Đậm</b>",
    "<i>Trần Thị Nghiêng",
    "</para>Lê Văn Đóng",
    "<para autoLeading='max'>Phạm Văn Đoạn</para>",
    "<br/>Hoàng Thị Xuống Dòng<br/>",
    "<unichar code=\"0x41\"/> Đỗ Unichar",
    "<unichar name=\"LATIN CAPITAL LETTER A\"/>",
    "<onDraw name=\"x\" label=\"y\"/> Vũ Văn Vẽ",
    "<a href=\"javascript:alert(1)\">Bùi Văn Liên Kết</a>",
    "<link href=\"file:///etc/passwd\">Đặng Văn Tệp</link>",
    "<seq id=\"s\"/> Ngô Văn Đếm",
    "<span style=\"x\">Dương Văn Kiểu</span>",
]
IMAGES = [
    "<img src=\"/etc/passwd\"/> Lý Văn Ảnh",
    "<img src=\"/etc/hostname\" width=\"10\" height=\"10\"/>",
    "<img src=\"file:///etc/passwd\"/>",
    "<img src=\"\\\\máy-chủ\\chia-sẻ\\ảnh.png\"/>",
    "<img src=\"http://127.0.0.1:9/x.png\"/> Mạc Văn Mạng",
    "<img src=\"https://example.invalid/x.png\"/>",
    "<img src=\"data:image/png;base64,iVBORw0KGgo=\"/>",
    "<img src='../../resources/fonts/LiberationSerif-Regular.ttf'/>",
]
COLOURS = [
    "<font color=\"__import__('os').system('id')\">Hồ Văn Màu</font>",
    "<font color=\"[[[(1,0,0)]]]\">Đinh Văn Ngoặc</font>",
    "<font color=\"Color(1,0,0,1)\">Lâm Thị Đỏ</font>",
    "<font color=\"open('/etc/passwd').read()\">Tô Văn Đọc</font>",
    "<font name=\"/etc/passwd\" size=\"400\">Kiều Văn Phông</font>",
    "<font face=\"../../../x\">Quách Văn Mặt</font>",
]
UNBALANCED = [
    "<b><i>Trịnh Văn Lồng</b>",
    "Phùng Quốc Tuấn <",
    "> Lò Văn Lớn",
    "<<< Đàm Văn Ba >>>",
    "Cao & Bằng &amp; &lt;b&gt; &#60; &#x3C; &nbsp; &unknown;",
    "Mai Văn Ngoặc ]]> <![CDATA[ x ]]>",
    "<!-- Chú thích --> Thân Văn Ẩn",
    "<?xml version=\"1.0\"?> Hà Văn Khai Báo",
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;",
]
PDF_AND_FORMAT = [
    "Lê Văn (Tám",
    "Lê Văn Tám) Tj ET BT",
    "Nguyễn \\ Văn \\\\ An \\( \\)",
    "%PDF-1.4 %%EOF endstream endobj",
    "{name} {0} {{ }} {ceremony.title} %s %(name)s %d %%",
    "H'Hen Niê Ksor H'Blông",
]
CONTROL = [
    "Lê\x00Văn\x07Tám",  # NUL and BEL
    "\x1b[31mĐỏ Văn Màu\x1b[0m",  # a terminal escape
    "Hà\u202eNội Đảo Chiều",  # right-to-left override
    "Ng\u200buyễn Vô\u200dHình\ufeff",  # zero-width space and joiner, BOM
    "Trần\u00adVăn Gạch",  # soft hyphen
    "Tạ\tVăn\nXuống\rDòng",  # tab, newline, carriage return
    "Nguye\u0302\u0303n Va\u0306n Tổ Hợp",  # decomposed (NFD) Vietnamese
    "  Chu   Văn   Cách  ",
]
PATHS = [
    "../../../../tmp/Lê Văn Thoát",
    "..\\..\\Windows\\Trần Văn Đường",
    "/etc/cron.d/Nguyễn Văn Gốc",
    "CON",
    "Nul.txt Lê Thị Dành Riêng",
]

# The two long names first and last, so they are called in different stage rounds:
# each fills more than a page on its own.
NAMES: list[str] = [LONG_WORDS, *MARKUP, *IMAGES, *COLOURS, *UNBALANCED, *PDF_AND_FORMAT,
                    *CONTROL, *PATHS, LONG_RUN]

"""Baseline: the same 1,000 rows as a bare platypus LongTable (plain strings, 5 columns,
repeated header) through SimpleDocTemplate. Prints {"seconds": …}."""

import io
import json
import time

from order_data import rows
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from ceremony.paths import resources_dir

data = rows()
# Fonts are registered once per process, before either side's clock starts.
folder = resources_dir() / "fonts"
pdfmetrics.registerFont(TTFont("Serif", str(folder / "LiberationSerif-Regular.ttf")))
started = time.perf_counter()
table = LongTable([("STT", "Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị")]
                  + [(str(i), n, r, p, u) for i, (n, r, p, u, _) in enumerate(data, 1)],
                  repeatRows=1)
table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Serif", 7.5)]))
buffer = io.BytesIO()
SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20, rightMargin=20).build([table])
print(json.dumps({"seconds": time.perf_counter() - started}))

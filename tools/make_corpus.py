#!/usr/bin/python3
"""Writes a national hierarchy of generated plan files, for benchmarks and folder tests.

    /usr/bin/python3 tools/make_corpus.py --out /tmp/corpus                 # 34 provinces, 2026
    /usr/bin/python3 tools/make_corpus.py --out /tmp/c --provinces 2 \\
        --communes-per-province 5 --departments-per-province 2              # a CI-sized corpus
    /usr/bin/python3 tools/make_corpus.py --out /tmp/old --shape pre2025    # 63 provinces, 2024

post2025 (plan year 2026, two-level local government): DIR/<province>/plan.yaml, one plan per
department in DIR/<province>/so/<department>.yaml and one per commune in
DIR/<province>/xa/<commune>.yaml. pre2025 (plan year 2024): the same province and department
plans, DIR/<province>/huyen/<district>/plan.yaml and DIR/<province>/huyen/<district>/xa/<commune>.yaml.

Every child plan cites its parent (`parent.ref`, `date`, `issuer`) and, except for a share
given by --no-parent-file, names it in `parent.file` too. A share of plans (--fault-rate) gets
one injected fault each; DIR/faults.tsv lists them with the rule code kehoach must report.
Some plans keep their progress in a progress file beside them (`<plan>.progress.yaml`,
format kehoach-progress/1) instead of in the plan. DIR/corpus.json says what was written.

The output depends only on the arguments: the same seed writes the same bytes. Standard
library only. Plans are generated, not real documents: names of provinces are real, names of
communes and districts are made of common syllables, numbers and dates are invented.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata

Date = datetime.date
DAY = datetime.timedelta(days=1)

# ---------------------------------------------------------------------------------------------
# Places

# The 34 provinces and centrally-run cities from 12/06/2025 (Nghị quyết 202/2025/QH15):
# 11 unchanged, 23 formed by merging. (name, unit word).
PROVINCES_2025 = [
    ("Hà Nội", "thành phố"), ("Huế", "thành phố"), ("Lai Châu", "tỉnh"), ("Điện Biên", "tỉnh"),
    ("Sơn La", "tỉnh"), ("Lạng Sơn", "tỉnh"), ("Quảng Ninh", "tỉnh"), ("Thanh Hóa", "tỉnh"),
    ("Nghệ An", "tỉnh"), ("Hà Tĩnh", "tỉnh"), ("Cao Bằng", "tỉnh"), ("Tuyên Quang", "tỉnh"),
    ("Lào Cai", "tỉnh"), ("Thái Nguyên", "tỉnh"), ("Phú Thọ", "tỉnh"), ("Bắc Ninh", "tỉnh"),
    ("Hưng Yên", "tỉnh"), ("Hải Phòng", "thành phố"), ("Ninh Bình", "tỉnh"),
    ("Quảng Trị", "tỉnh"), ("Đà Nẵng", "thành phố"), ("Quảng Ngãi", "tỉnh"), ("Gia Lai", "tỉnh"),
    ("Khánh Hòa", "tỉnh"), ("Lâm Đồng", "tỉnh"), ("Đắk Lắk", "tỉnh"),
    ("Hồ Chí Minh", "thành phố"), ("Đồng Nai", "tỉnh"), ("Tây Ninh", "tỉnh"),
    ("Cần Thơ", "thành phố"), ("Vĩnh Long", "tỉnh"), ("Đồng Tháp", "tỉnh"), ("Cà Mau", "tỉnh"),
    ("An Giang", "tỉnh"),
]

# The 63 provinces and centrally-run cities of 2024.
PROVINCES_2024 = [
    ("Hà Nội", "thành phố"), ("Hồ Chí Minh", "thành phố"), ("Hải Phòng", "thành phố"),
    ("Đà Nẵng", "thành phố"), ("Cần Thơ", "thành phố"), ("An Giang", "tỉnh"),
    ("Bà Rịa - Vũng Tàu", "tỉnh"), ("Bắc Giang", "tỉnh"), ("Bắc Kạn", "tỉnh"),
    ("Bạc Liêu", "tỉnh"), ("Bắc Ninh", "tỉnh"), ("Bến Tre", "tỉnh"), ("Bình Định", "tỉnh"),
    ("Bình Dương", "tỉnh"), ("Bình Phước", "tỉnh"), ("Bình Thuận", "tỉnh"), ("Cà Mau", "tỉnh"),
    ("Cao Bằng", "tỉnh"), ("Đắk Lắk", "tỉnh"), ("Đắk Nông", "tỉnh"), ("Điện Biên", "tỉnh"),
    ("Đồng Nai", "tỉnh"), ("Đồng Tháp", "tỉnh"), ("Gia Lai", "tỉnh"), ("Hà Giang", "tỉnh"),
    ("Hà Nam", "tỉnh"), ("Hà Tĩnh", "tỉnh"), ("Hải Dương", "tỉnh"), ("Hậu Giang", "tỉnh"),
    ("Hòa Bình", "tỉnh"), ("Hưng Yên", "tỉnh"), ("Khánh Hòa", "tỉnh"), ("Kiên Giang", "tỉnh"),
    ("Kon Tum", "tỉnh"), ("Lai Châu", "tỉnh"), ("Lâm Đồng", "tỉnh"), ("Lạng Sơn", "tỉnh"),
    ("Lào Cai", "tỉnh"), ("Long An", "tỉnh"), ("Nam Định", "tỉnh"), ("Nghệ An", "tỉnh"),
    ("Ninh Bình", "tỉnh"), ("Ninh Thuận", "tỉnh"), ("Phú Thọ", "tỉnh"), ("Phú Yên", "tỉnh"),
    ("Quảng Bình", "tỉnh"), ("Quảng Nam", "tỉnh"), ("Quảng Ngãi", "tỉnh"), ("Quảng Ninh", "tỉnh"),
    ("Quảng Trị", "tỉnh"), ("Sóc Trăng", "tỉnh"), ("Sơn La", "tỉnh"), ("Tây Ninh", "tỉnh"),
    ("Thái Bình", "tỉnh"), ("Thái Nguyên", "tỉnh"), ("Thanh Hóa", "tỉnh"),
    ("Thừa Thiên Huế", "tỉnh"), ("Tiền Giang", "tỉnh"), ("Trà Vinh", "tỉnh"),
    ("Tuyên Quang", "tỉnh"), ("Vĩnh Long", "tỉnh"), ("Vĩnh Phúc", "tỉnh"), ("Yên Bái", "tỉnh"),
]

# The special zones (đặc khu) from 01/07/2025, by province.
SPECIAL_ZONES = {
    "Quảng Ninh": ["Vân Đồn", "Cô Tô"], "Hải Phòng": ["Cát Hải", "Bạch Long Vĩ"],
    "An Giang": ["Phú Quốc", "Kiên Hải", "Thổ Châu"], "Hồ Chí Minh": ["Côn Đảo"],
    "Quảng Ngãi": ["Lý Sơn"], "Lâm Đồng": ["Phú Quý"], "Quảng Trị": ["Cồn Cỏ"],
    "Đà Nẵng": ["Hoàng Sa"], "Khánh Hòa": ["Trường Sa"],
}

NATIONAL_2025 = {"communes": 3321, "xa": 2621, "phuong": 687, "dac_khu": 13}
NATIONAL_2024 = {"districts": 696, "communes": 10035}

SYLLABLES_1 = (
    "Tân Phú Bình An Long Hòa Mỹ Thạnh Phước Vĩnh Xuân Đông Tây Nam Bắc Hưng Thuận Quang Minh "
    "Hiệp Thành Đức Hải Sơn Thanh Yên Kim Ngọc Đại Cẩm Hồng Lộc Thái Trung Nghĩa Tiên Hương "
    "Định Gia Lạc Khánh Phong Hà Châu Cát Tam Vạn Lương Quế").split()
SYLLABLES_2 = (
    "Hòa Bình An Phú Lợi Thành Hưng Lộc Thịnh Tiến Phong Sơn Lâm Hải Khánh Xuân Đông Tây Mỹ "
    "Hiệp Thuận Trung Nghĩa Long Phước Định Tân Quang Minh Đức Yên Hà Giang Lạc Thọ Vinh Cường "
    "Thắng Tường Điền Kiều Hội Nguyên Hậu Dương Triều Lập Ninh").split()

DEPARTMENTS_2025 = [
    ("Sở Tư pháp", "STP"), ("Sở Tài chính", "STC"), ("Sở Nội vụ", "SNV"),
    ("Sở Xây dựng", "SXD"), ("Sở Công Thương", "SCT"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT"), ("Sở Giáo dục và Đào tạo", "SGDĐT"),
    ("Sở Y tế", "SYT"), ("Sở Khoa học và Công nghệ", "SKHCN"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"), ("Sở Dân tộc và Tôn giáo", "SDTTG"),
    ("Sở Ngoại vụ", "SNgV"), ("Thanh tra {unit}", "TTr"), ("Văn phòng UBND {unit}", "VP"),
    ("Ban Quản lý các khu công nghiệp", "BQL"), ("Ban Quản lý khu kinh tế", "BQLKKT"),
    ("Công an {unit}", "CA"), ("Bộ Chỉ huy Quân sự {unit}", "BCH"),
    ("Đài Phát thanh và Truyền hình {unit}", "ĐPTTH"), ("Bảo hiểm xã hội {unit}", "BHXH"),
    ("Thuế {unit}", "THUE"), ("Trường Chính trị {unit}", "TCT"),
]
DEPARTMENTS_2024 = [
    ("Sở Tư pháp", "STP"), ("Sở Tài chính", "STC"), ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
    ("Sở Nội vụ", "SNV"), ("Sở Xây dựng", "SXD"), ("Sở Công Thương", "SCT"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNN"), ("Sở Tài nguyên và Môi trường", "STNMT"),
    ("Sở Giao thông vận tải", "SGTVT"), ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Y tế", "SYT"), ("Sở Khoa học và Công nghệ", "SKHCN"),
    ("Sở Thông tin và Truyền thông", "STTTT"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Sở Ngoại vụ", "SNgV"), ("Ban Dân tộc", "BDT"), ("Thanh tra {unit}", "TTr"),
    ("Văn phòng UBND {unit}", "VP"), ("Ban Quản lý các khu công nghiệp", "BQL"),
    ("Công an {unit}", "CA"), ("Bộ Chỉ huy Quân sự {unit}", "BCH"),
]


def fold_ascii(text):
    """Vietnamese text without tone marks, lower case: "Đắk Lắk" → "dak lak"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold_ascii(text)).strip("-")


# ---------------------------------------------------------------------------------------------
# Dates and deadline phrases

# The days off of the corpus years besides Saturdays and Sundays, as the government published
# them (2026: Công văn 12729/VPCP-KGVX) or as Bộ luật Lao động 2019, Điều 112 sets them (2024), so
# that a generated deadline never falls on one. Written out here rather than asked of kehoach, so
# that the corpus checks kehoach's calendar instead of copying it.
HOLIDAYS = {
    2024: ["01-01", "02-08", "02-09", "02-10", "02-11", "02-12", "02-13", "02-14", "02-15", "04-18",
           "04-30", "05-01", "09-02", "09-03"],
    2026: ["01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-26", "04-27",
           "04-30", "05-01", "08-31", "09-01", "09-02"],
}


def is_working_day(day):
    """Monday to Friday and not a day off."""
    return day.weekday() < 5 and f"{day.month:02}-{day.day:02}" not in HOLIDAYS.get(day.year, [])


def weekday_at_most(day):
    """The last working day (Monday to Friday, not a day off) on or before `day`."""
    while not is_working_day(day):
        day -= DAY
    return day


def pick_day(rng, lo, hi, working=True):
    """A day in [lo, hi], a working day when `working` (hi when none fits)."""
    if hi < lo:
        lo = hi
    span = (hi - lo).days
    for _ in range(8):
        day = lo + DAY * rng.randint(0, span)
        if not working or is_working_day(day):
            return day
    if not working:
        return hi
    # scan down from hi; a window of only Saturday and Sunday gives the Friday before
    return weekday_at_most(hi)


def dmy(day):
    return f"{day.day:02}/{day.month:02}/{day.year}"


def month_end(year, month):
    if month == 12:
        return Date(year, 12, 31)
    return Date(year, month + 1, 1) - DAY


ROMAN = ["", "I", "II", "III", "IV"]


def exact_phrase(rng, day, lead=None):
    """An exact-day phrase due on `day` (a working day), in one of the written forms."""
    forms = [
        lambda: f"Chậm nhất ngày {dmy(day)}",
        lambda: f"chậm nhất ngày {dmy(day)}",
        lambda: f"ngày {dmy(day)}",
        lambda: dmy(day),
        lambda: f"{day.day}.{day.month}.{day.year}",
        lambda: f"{day.day:02} tháng {day.month:02} năm {day.year}",
        lambda: f"Chậm nhất ngày {day.day:02} tháng {day.month:02} năm {day.year}",
        lambda: day.isoformat(),
    ]
    phrase = rng.choice(forms)()
    if lead and rng.random() < 0.35:
        phrase = f"{lead} chậm nhất ngày {dmy(day)}"
    return phrase


def before_phrase(rng, due):
    """A "trước ngày X" phrase whose last day is `due` (X may be any day of the week)."""
    after = due + DAY
    if rng.random() < 0.3:
        return f"Trước ngày {after.day:02} tháng {after.month:02} năm {after.year}"
    return rng.choice(["trước ngày", "Trước ngày"]) + f" {dmy(after)}"


def quarter_phrase(rng, year, first, last):
    """Quarters first..last of `year`, in one of the written forms."""
    if first == last:
        q = ROMAN[first]
        return rng.choice([f"Quý {q} năm {year}", f"Quý {q}/{year}", f"Quý {q} Năm {year}",
                           f"Trong Quý {q} năm {year}", f"Hoàn thành trong Quý {q} năm {year}"])
    names = [ROMAN[q] for q in range(first, last + 1)]
    if rng.random() < 0.5:
        return f"Quý {', '.join(names)} năm {year}"
    return "Quý " + ", quý ".join(names) + f" năm {year}"


def month_phrase(rng, year, month):
    return rng.choice([f"tháng {month}/{year}", f"Tháng {month}/{year}",
                       f"tháng {month} năm {year}", f"Hoàn thành trong tháng {month}/{year}",
                       f"Hoàn thành trước tháng {month + 1} năm {year}" if month < 12
                       else f"tháng {month} năm {year}"])


def range_phrase(rng, start, end):
    if rng.random() < 0.5:
        return f"Từ ngày {dmy(start)} đến ngày {dmy(end)}"
    return f"Tính từ {dmy(start)} đến {dmy(end)}"


ONGOING = ["Thường xuyên trong năm", "Thường xuyên", "Thường xuyên trong năm"]
PERIODIC = ["Hằng quý", "hằng quý", "định kỳ hằng quý", "Định kỳ 6 tháng", "Hằng tháng"]
EVENTS = [
    "Sau khi có hướng dẫn của Sở Tư pháp",
    "theo thời hạn quy định tại Kế hoạch của UBND cấp trên trực tiếp",
    "Theo yêu cầu của Sở Tư pháp",
    "trong thời hạn 10 ngày kể từ ngày nhận được văn bản hướng dẫn",
    "Khi có yêu cầu của cơ quan có thẩm quyền",
]


def phrase_due(year, lo, hi, rng, lead=None):
    """A deadline phrase, in any form kehoach reads, whose last day lies in [lo, hi] (both in
    `year`); returns (phrase, due day)."""
    options = []
    # exact day, and "trước ngày"
    options.append((4, "exact"))
    options.append((2, "before"))
    q_last = (hi.month - 1) // 3 + 1
    if month_end(year, q_last * 3) > hi:
        q_last -= 1
    if q_last >= 1 and month_end(year, q_last * 3) >= lo:
        options.append((3, "quarter"))
    m_last = hi.month if month_end(year, hi.month) <= hi else hi.month - 1
    if m_last >= 1 and month_end(year, m_last) >= lo:
        options.append((3, "month"))
    if hi == Date(year, 12, 31):
        options.append((2, "year"))
    if (hi - lo).days > 40:
        options.append((1, "range"))
    total = sum(w for w, _ in options)
    pick = rng.uniform(0, total)
    for weight, kind in options:
        pick -= weight
        if pick <= 0:
            break
    if kind == "quarter":
        q_first = max(1, (lo.month - 1) // 3 + 1)
        q = rng.randint(max(q_first, 1), q_last) if q_first <= q_last else q_last
        first = q - 1 if q > 1 and rng.random() < 0.3 else q
        return quarter_phrase(rng, year, first, q), month_end(year, q * 3)
    if kind == "month":
        m = rng.randint(max(lo.month, 1), m_last) if lo.month <= m_last else m_last
        return month_phrase(rng, year, m), month_end(year, m)
    if kind == "year":
        return rng.choice([f"Năm {year}", f"Trong năm {year}", "Thường xuyên trong năm"]), hi
    if kind == "range":
        end = pick_day(rng, lo + DAY * 30, hi, working=False)
        start = end - DAY * rng.randint(30, 120)
        start = max(start, Date(year, 1, 1))
        return range_phrase(rng, start, end), end
    if kind == "before":
        due = pick_day(rng, lo, hi, working=False)
        return before_phrase(rng, due), due
    due = pick_day(rng, lo, hi)
    return exact_phrase(rng, due, lead), due


# ---------------------------------------------------------------------------------------------
# YAML output: a small emitter for the subset the plan format uses.

class Flow(list):
    """A list written in flow style: [a, b]."""


class FlowMap(dict):
    """A mapping written in flow style: {status: done, date: 2026-03-02}."""


_INT = re.compile(r"^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_WORDS = {"~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", ".nan"}
_START = set("-?:,[]{}#&*!|>'\"%@`")


def scalar(value, flow=False):
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    s = value
    if (not s or s[0] in _START or s[0] == " " or s[-1] == " " or ": " in s or " #" in s
            or s.endswith(":") or s.lower() in _WORDS or _INT.match(s) or _FLOAT.match(s)
            or (flow and any(c in s for c in ",[]{}"))):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def emit_value(lines, indent, key, value):
    pad = " " * indent
    head = f"{pad}{key}:"
    if isinstance(value, FlowMap):
        inner = ", ".join(f"{k}: {scalar(v, True)}" for k, v in value.items())
        lines.append(f"{head} {{{inner}}}")
    elif isinstance(value, Flow):
        lines.append(f"{head} [{', '.join(scalar(v, True) for v in value)}]")
    elif isinstance(value, dict):
        lines.append(head)
        for k, v in value.items():
            if v is not None:
                emit_value(lines, indent + 2, k, v)
    elif isinstance(value, list):
        lines.append(head)
        for item in value:
            emit_item(lines, indent + 2, item)
    else:
        lines.append(f"{head} {scalar(value)}")


def emit_item(lines, indent, item):
    pad = " " * indent
    if isinstance(item, FlowMap):
        inner = ", ".join(f"{k}: {scalar(v, True)}" for k, v in item.items())
        lines.append(f"{pad}- {{{inner}}}")
    elif isinstance(item, dict):
        first = len(lines)
        for k, v in item.items():
            if v is not None:
                emit_value(lines, indent + 2, k, v)
        lines[first] = f"{pad}- " + lines[first][indent + 2:]
    else:
        lines.append(f"{pad}- {scalar(item)}")


def emit_document(header, plan):
    lines = [f"# {h}" if h else "#" for h in header]
    for key, value in plan.items():
        if value is None:
            continue
        if key.startswith("\n"):  # a blank line before a section, as people write them
            lines.append("")
            key = key[1:]
        emit_value(lines, 0, key, value)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Text of the plans

PURPOSE = [
    "Triển khai thực hiện có hiệu quả công tác theo dõi tình hình thi hành pháp luật trên địa bàn {area}; kịp thời phát hiện những tồn tại, vướng mắc, bất cập trong thi hành pháp luật để kiến nghị xử lý, góp phần nâng cao hiệu quả quản lý nhà nước.",
    "Xem xét, đánh giá thực trạng thi hành pháp luật trên địa bàn {area} nói chung và trong các lĩnh vực trọng tâm nói riêng, làm cơ sở đề xuất các giải pháp hoàn thiện pháp luật, nâng cao hiệu quả thi hành pháp luật.",
    "Nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong tổ chức thi hành pháp luật; bảo đảm pháp luật được thực hiện nghiêm minh, thống nhất và hiệu quả.",
]
REQUIREMENTS = [
    "a) Việc theo dõi thi hành pháp luật phải được thực hiện thường xuyên, có trọng tâm, trọng điểm, thiết thực, gắn với chức năng, nhiệm vụ, quyền hạn của từng cơ quan, đơn vị, địa phương.",
    "b) Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, tổ chức trong quá trình theo dõi tình hình thi hành pháp luật; không trùng lặp, chồng chéo với hoạt động thanh tra, kiểm tra khác.",
    "c) Xác định rõ nội dung công việc, thời hạn hoàn thành, sản phẩm đầu ra và trách nhiệm của từng cơ quan, đơn vị trong việc triển khai thực hiện Kế hoạch.",
    "d) Tạo điều kiện thuận lợi và khuyến khích sự tham gia tích cực của tổ chức, cá nhân trong việc cung cấp thông tin về tình hình thi hành pháp luật.",
    "đ) Kết quả theo dõi thi hành pháp luật phải được tổng hợp, báo cáo đầy đủ, đúng thời hạn theo quy định.",
]
DESCRIPTION = {
    "plan": [
        "Căn cứ Kế hoạch này và tình hình thực tiễn, xây dựng, ban hành kế hoạch của cơ quan, đơn vị, địa phương mình; xác định cụ thể nội dung, thời gian, đơn vị chủ trì, phối hợp và sản phẩm đầu ra của từng hoạt động.",
        "Gửi kế hoạch đã ban hành về cơ quan cấp trên để theo dõi, tổng hợp; đồng thời đăng tải trên Cổng (Trang) thông tin điện tử của cơ quan, địa phương.",
        "Quán triệt, phổ biến nội dung Kế hoạch đến cán bộ, công chức, viên chức; phân công công chức đầu mối theo dõi tình hình thi hành pháp luật.",
    ],
    "training": [
        "Tổ chức phổ biến, quán triệt các văn bản quy phạm pháp luật về công tác theo dõi tình hình thi hành pháp luật, nhất là Luật Ban hành văn bản quy phạm pháp luật và các văn bản quy định chi tiết thi hành.",
        "Cử công chức tham gia các lớp tập huấn, bồi dưỡng chuyên môn, nghiệp vụ do cơ quan cấp trên tổ chức; phổ biến lại nội dung tập huấn tại cơ quan, địa phương mình.",
        "Biên soạn, phát hành tài liệu hướng dẫn nghiệp vụ; lồng ghép nội dung tập huấn với các hội nghị chuyên đề của ngành, lĩnh vực.",
    ],
    "focus": [
        "Trên cơ sở Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành và hướng dẫn của cơ quan cấp trên, xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm của cơ quan, địa phương.",
        "Lĩnh vực trọng tâm được lựa chọn phải gắn với những vấn đề bức xúc, được dư luận xã hội quan tâm, có nhiều phản ánh, kiến nghị của người dân, doanh nghiệp.",
    ],
    "information": [
        "Tiếp nhận, thu thập thông tin về tình hình thi hành pháp luật từ hoạt động quản lý nhà nước, từ báo cáo của các cơ quan, đơn vị, từ phản ánh, kiến nghị của tổ chức, cá nhân và từ các phương tiện thông tin đại chúng.",
        "Xử lý thông tin theo thẩm quyền hoặc kiến nghị cơ quan, người có thẩm quyền xem xét, xử lý; lập sổ theo dõi việc tiếp nhận và xử lý thông tin.",
        "Cập nhật kết quả xử lý thông tin vào hệ thống quản lý văn bản và điều hành; định kỳ tổng hợp, báo cáo cơ quan cấp trên.",
    ],
    "inspection": [
        "Kiểm tra tình hình thi hành pháp luật trong các lĩnh vực trọng tâm; tập trung vào việc ban hành văn bản quy định chi tiết, bảo đảm điều kiện thi hành và tính hợp pháp, thống nhất trong áp dụng pháp luật.",
        "Thành lập Đoàn kiểm tra liên ngành với sự tham gia của các cơ quan có liên quan; xây dựng nội dung, đề cương báo cáo gửi đơn vị được kiểm tra trước thời điểm kiểm tra ít nhất 10 ngày.",
        "Kết thúc kiểm tra, ban hành thông báo kết luận kiểm tra; theo dõi việc thực hiện các kiến nghị sau kiểm tra.",
    ],
    "survey": [
        "Tổ chức điều tra, khảo sát tình hình thi hành pháp luật trong trường hợp cần thiết, bảo đảm tiết kiệm, hiệu quả; kết quả điều tra, khảo sát là cơ sở đánh giá thực trạng thi hành pháp luật.",
        "Xây dựng phiếu khảo sát, lựa chọn đối tượng, địa bàn khảo sát phù hợp với lĩnh vực trọng tâm được theo dõi.",
    ],
    "report": [
        "Tổng hợp kết quả công tác theo dõi tình hình thi hành pháp luật, xây dựng báo cáo theo đề cương hướng dẫn của cơ quan cấp trên, bảo đảm số liệu đầy đủ, chính xác.",
        "Báo cáo phải nêu rõ kết quả đạt được, tồn tại, hạn chế, nguyên nhân và đề xuất, kiến nghị cụ thể.",
    ],
    "other": [
        "Rà soát, đánh giá việc thực hiện các nhiệm vụ được giao; đề xuất các giải pháp nâng cao hiệu quả thi hành pháp luật trong phạm vi quản lý.",
        "Phối hợp chặt chẽ với các cơ quan, đơn vị có liên quan trong quá trình thực hiện; kịp thời báo cáo những khó khăn, vướng mắc phát sinh.",
        "Lồng ghép nội dung theo dõi thi hành pháp luật với công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật.",
    ],
}
OUTPUTS = {
    "plan": "Kế hoạch theo dõi tình hình thi hành pháp luật năm {year} của cơ quan, địa phương",
    "training": "Hội nghị phổ biến, tập huấn; tài liệu nghiệp vụ",
    "focus": "Văn bản xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm",
    "information": "Văn bản xử lý hoặc kiến nghị xử lý thông tin về tình hình thi hành pháp luật",
    "inspection": "Quyết định thành lập Đoàn kiểm tra; Thông báo kết luận kiểm tra",
    "survey": "Báo cáo kết quả điều tra, khảo sát",
    "report": "Báo cáo kết quả theo dõi tình hình thi hành pháp luật",
    "other": "Báo cáo kết quả thực hiện",
}

FOCUS_BANK = [
    ("dat-dai", "Thi hành pháp luật trong lĩnh vực đất đai",
     "Luật Đất đai năm 2024 và các văn bản quy định chi tiết, hướng dẫn thi hành"),
    ("moi-truong", "Thi hành pháp luật về bảo vệ môi trường",
     "Luật Bảo vệ môi trường năm 2020 và các văn bản quy định chi tiết thi hành"),
    ("xu-ly-vi-pham", "Thi hành pháp luật về xử lý vi phạm hành chính",
     "Luật Xử lý vi phạm hành chính và các nghị định quy định xử phạt trong các lĩnh vực"),
    ("tham-nhung", "Thi hành pháp luật về phòng, chống tham nhũng",
     "Luật Phòng, chống tham nhũng năm 2018 và các văn bản quy định chi tiết"),
    ("an-toan-thuc-pham", "Thi hành pháp luật về an toàn thực phẩm",
     "Luật An toàn thực phẩm và các văn bản quy định chi tiết, hướng dẫn thi hành"),
    ("tai-chinh", "Thi hành pháp luật trong lĩnh vực tài chính, ngân sách",
     "Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công"),
]
FOCUS_2025_EXTRA = ("phan-cap",
                    "Thi hành các quy định về phân quyền, phân cấp, phân định thẩm quyền của chính quyền địa phương hai cấp",
                    "Các văn bản quy phạm pháp luật về phân quyền, phân cấp, phân định thẩm quyền có hiệu lực từ 01/07/2025")

OWN_TASKS = [
    ("pho-bien-giao-duc", "training", "Phổ biến, giáo dục pháp luật gắn với theo dõi thi hành pháp luật"),
    ("ra-soat-van-ban", "other", "Rà soát văn bản quy phạm pháp luật thuộc phạm vi quản lý"),
    ("hoa-giai-co-so", "other", "Củng cố tổ hòa giải ở cơ sở, nắm bắt phản ánh về thi hành pháp luật"),
    ("tiep-can-phap-luat", "other", "Đánh giá tiêu chí tiếp cận pháp luật liên quan đến thi hành pháp luật"),
    ("so-ket-6-thang", "report", "Sơ kết 6 tháng công tác theo dõi tình hình thi hành pháp luật"),
    ("cap-nhat-du-lieu", "information", "Cập nhật cơ sở dữ liệu về tình hình thi hành pháp luật"),
    ("doi-thoai", "information", "Tổ chức đối thoại với người dân, doanh nghiệp về thi hành pháp luật"),
    ("tu-kiem-tra-noi-bo", "inspection", "Tự kiểm tra việc thực hiện pháp luật tại cơ quan, đơn vị"),
]

# ---------------------------------------------------------------------------------------------
# The hierarchy


class Unit:
    """One plan to write: its place in the hierarchy and, once built, its data."""

    def __init__(self, role, name, path, parent=None, **extra):
        self.role = role          # province | department | district | commune
        self.name = name          # "Tây Ninh", "Sở Tài chính", "Tân Hòa"
        self.path = path          # relative to the output folder
        self.parent = parent      # Unit or None
        self.extra = extra
        self.info = None          # what children need to know, set when built
        self.fault = None         # (code, also, description) when a fault is injected


def counts_summing(rng, n, total, spread=0.3):
    """n positive integers around total/n that add up to total."""
    weights = [1.0 + rng.uniform(-spread, spread) for _ in range(n)]
    scale = total / sum(weights)
    out = [max(1, int(w * scale)) for w in weights]
    i = 0
    while sum(out) < total:
        out[i % n] += 1
        i += 1
    while sum(out) > total:
        if out[i % n] > 1:
            out[i % n] -= 1
        i += 1
    return out


def unique_names(rng, count, used):
    out = []
    while len(out) < count:
        name = f"{rng.choice(SYLLABLES_1)} {rng.choice(SYLLABLES_2)}"
        if name.split()[0] == name.split()[1] or slug(name) in used:
            if len(used) > len(SYLLABLES_1) * len(SYLLABLES_2) * 0.8:
                name = f"{name} {len(used)}"
            else:
                continue
        used.add(slug(name))
        out.append(name)
    return out


def build_units(args):
    rng = random.Random(f"{args.seed}:hierarchy")
    provinces = PROVINCES_2025 if args.shape == "post2025" else PROVINCES_2024
    provinces = provinces[: args.provinces]
    full = args.provinces == len(PROVINCES_2025 if args.shape == "post2025" else PROVINCES_2024)
    units = []
    if args.shape == "post2025":
        if args.communes_per_province is not None:
            per = [args.communes_per_province] * len(provinces)
        else:
            per = counts_summing(rng, len(provinces),
                                 round(NATIONAL_2025["communes"] * len(provinces) / 34))
        use_zones = args.communes_per_province is None
        n_zones = sum(len(SPECIAL_ZONES.get(p, [])) for p, _ in provinces) if use_zones else 0
        total = sum(per) - n_zones
        # xã and phường in the national proportions (exact for the whole country)
        n_phuong = round(total * NATIONAL_2025["phuong"] /
                         (NATIONAL_2025["communes"] - NATIONAL_2025["dac_khu"]))
        kinds = ["phuong"] * n_phuong + ["xa"] * (total - n_phuong)
        rng.shuffle(kinds)
    else:
        if args.districts_per_province:
            dist_per = [args.districts_per_province] * len(provinces)
        else:
            dist_per = counts_summing(rng, len(provinces),
                                      round(NATIONAL_2024["districts"] * len(provinces) / 63))
        n_districts = sum(dist_per)
        if args.communes_per_province is not None:
            com_per = []
            for n_d in dist_per:
                com_per += counts_summing(rng, n_d, max(args.communes_per_province, n_d), 0.0)
        else:
            total = (NATIONAL_2024["communes"] if full else
                     round(NATIONAL_2024["communes"] * n_districts / NATIONAL_2024["districts"]))
            com_per = counts_summing(rng, n_districts, total, spread=0.5)
    k = 0
    d_index = 0
    used_districts = set()
    for p_index, (pname, unit_word) in enumerate(provinces):
        pslug = slug(pname)
        province = Unit("province", pname, f"{pslug}/plan.yaml", unit=unit_word, index=p_index)
        units.append(province)
        depts = DEPARTMENTS_2025 if args.shape == "post2025" else DEPARTMENTS_2024
        if args.departments_per_province is not None:
            n_depts = args.departments_per_province
        else:
            n_depts = 20 + rng.randint(-2, 2)
        n_depts = min(n_depts, len(depts))
        chosen = ([depts[0]] + rng.sample(depts[1:], n_depts - 1)) if n_depts else []
        for dname, symbol in chosen:
            dname = dname.format(unit=unit_word)
            units.append(Unit("department", dname, f"{pslug}/so/{slug(dname)}.yaml", province,
                              symbol=symbol, unit=unit_word))
        if args.shape == "post2025":
            zones = SPECIAL_ZONES.get(pname, []) if use_zones else []
            used = {slug(z) for z in zones}
            entries = [(z, "dac_khu") for z in zones]
            for cname in unique_names(rng, per[p_index] - len(zones), used):
                entries.append((cname, kinds[k]))
                k += 1
            for cname, ckind in entries:
                units.append(Unit("commune", cname, f"{pslug}/xa/{slug(cname)}.yaml", province,
                                  ckind=ckind))
        else:
            for dname in unique_names(rng, dist_per[p_index], used_districts):
                r = rng.random()
                if unit_word == "thành phố":
                    dkind = "quận" if r < 0.55 else ("huyện" if r < 0.9 else "thị xã")
                else:
                    dkind = "huyện" if r < 0.8 else ("thị xã" if r < 0.92 else "thành phố")
                dpath = f"{pslug}/huyen/{slug(dname)}"
                district = Unit("district", dname, f"{dpath}/plan.yaml", province, dkind=dkind)
                units.append(district)
                cused = set()
                for cname in unique_names(rng, com_per[d_index], cused):
                    r = rng.random()
                    if dkind in ("quận", "thị xã", "thành phố"):
                        ckind = "phuong" if r < 0.75 else "xa"
                    else:
                        ckind = "xa" if r < 0.9 else "thi_tran"
                    units.append(Unit("commune", cname, f"{dpath}/xa/{slug(cname)}.yaml",
                                      district, ckind=ckind))
                d_index += 1
    return units


COMMUNE_WORD = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu", "thi_tran": "thị trấn"}


def issuer_name(unit):
    if unit.role == "province":
        return f"UBND {unit.extra['unit']} {unit.name}"
    if unit.role == "district":
        return f"UBND {unit.extra['dkind']} {unit.name}"
    if unit.role == "commune":
        return f"UBND {COMMUNE_WORD[unit.extra['ckind']]} {unit.name}"
    return unit.name


def area_name(unit):
    if unit.role == "province":
        return f"{unit.extra['unit']} {unit.name}"
    if unit.role == "district":
        return f"{unit.extra['dkind']} {unit.name}"
    if unit.role == "commune":
        return f"{COMMUNE_WORD[unit.extra['ckind']]} {unit.name}"
    return unit.name


def province_of(unit):
    while unit.role != "province":
        unit = unit.parent
    return unit


def place_of(unit):
    p = province_of(unit)
    if unit.role in ("province", "department"):
        return "Thành phố Hồ Chí Minh" if p.name == "Hồ Chí Minh" else p.name
    return unit.name


# ---------------------------------------------------------------------------------------------
# Building one plan


class Item:
    """A task or duty that a plan addresses to a lower level, as children see it."""

    def __init__(self, id_, kind, title, due, due_type, levels, conditional=False, as_duty=False):
        self.id = id_
        self.kind = kind
        self.title = title
        self.due = due            # last day, or None
        self.due_type = due_type  # date | event | periodic | none
        self.levels = levels
        self.conditional = conditional
        self.as_duty = as_duty


class Info:
    """What a child plan needs from its parent."""

    def __init__(self):
        self.number = self.issued = self.issuer = self.title = self.year = None
        self.items = []        # Item
        self.focus = []        # (id, name, origin)
        self.period_end = None
        self.sub_plan_due = {}  # level -> last day for sub-plans
        self.report_due = {}    # level -> earliest dated report due for the level


def para(rng, kind, n_min=1, n_max=3):
    bank = DESCRIPTION[kind]
    n = min(len(bank), rng.randint(n_min, n_max))
    return rng.sample(bank, n)


class Builder:
    def __init__(self, unit, args, rng, year):
        self.u = unit
        self.args = args
        self.rng = rng
        self.year = year
        self.post = args.shape == "post2025"
        self.tasks = []
        self.resps = []
        self.used_titles = set()
        self.due_of = {}  # id -> last day, for progress

    # -- deadlines ----------------------------------------------------------------------------

    def child_due(self, parent_item, lo, lead=None):
        """A phrase for an item that serves `parent_item`: on or before its deadline."""
        rng = self.rng
        if parent_item.due_type == "event":
            return rng.choice(EVENTS[:3]), None, "event"
        if parent_item.due_type == "periodic":
            return rng.choice(PERIODIC[:3]), None, "periodic"
        if parent_item.due_type == "none":
            return None, None, "none"
        hi = parent_item.due
        if hi == Date(self.year, 12, 31) and rng.random() < 0.6:
            return rng.choice(ONGOING), hi, "date"
        # near the parent's deadline: a unit does the work a little before it is due upstream
        lo = min(max(lo, hi - DAY * 75), hi)
        phrase, due = phrase_due(self.year, lo, hi, rng, lead)
        return phrase, due, "date"

    # -- the plan -----------------------------------------------------------------------------

    def build(self):
        u, rng, Y = self.u, self.rng, self.year
        parent = u.parent.info if u.parent else None
        info = Info()
        info.year = Y
        level = {"province": "province", "department": "department", "district": "district",
                 "commune": "commune"}[u.role]
        # sub-levels this plan addresses
        if u.role == "province":
            sub = ["department", "commune"] if self.post else ["department", "district"]
        elif u.role == "district":
            sub = ["commune"]
        else:
            sub = []
        self.sub = sub

        # issue date: after the parent, on or before its deadline for sub-plans
        if parent:
            lo = parent.issued + DAY * 3
            hi = parent.sub_plan_due.get(level, lo + DAY * 30)
            if u.role == "district":
                hi = min(hi, parent.issued + DAY * 30)
            issued = pick_day(rng, lo, hi)
        else:
            issued = pick_day(rng, Date(Y, 1, 5), Date(Y, 1, 16))
        self.issued = issued

        # number and symbol
        if u.role == "department":
            number = f"{rng.randint(10, 280):02}/KH-{u.extra['symbol']}"
        else:
            number = f"{rng.randint(1, 350):02}/KH-UBND"
        self.number = number

        area = area_name(u)
        pname = province_of(u)
        if u.role == "department":
            scope_area = f"{pname.extra['unit']} {pname.name}"
            title = f"Theo dõi tình hình thi hành pháp luật năm {Y} của {u.name}"
        else:
            scope_area = area
            title = f"Theo dõi tình hình thi hành pháp luật năm {Y} trên địa bàn {area}"
        if self.post:
            title = title.replace("Theo dõi tình hình thi hành pháp luật", "Tổ chức thi hành pháp luật" if rng.random() < 0.5 else "Theo dõi tình hình thi hành pháp luật")
        self.title = title

        # the data window and report deadlines
        # (each level closes its data a few days before the level above, so that its units
        # can report to it in time)
        if parent:
            period_end = parent.period_end - DAY * rng.randint(2, 5)
            report_hi = parent.report_due.get(level, period_end + DAY * 10)
            gap = 7 if sub else 4
            own_report = pick_day(rng, max(period_end + DAY * gap, report_hi - DAY * 5), report_hi)
        else:
            period_end = Date(Y, 11, rng.choice([10, 14, 15]))
            own_report = pick_day(rng, Date(Y, 12, 5), Date(Y, 12, 15))
        self.period_end = period_end
        self.own_report = own_report
        # deadlines this plan sets for its sub-levels
        sub_report = {}
        for lv in sub:
            lo = period_end + DAY * 8 if not parent else max(period_end + DAY * 2, own_report - DAY * 8)
            hi = period_end + DAY * 14 if not parent else own_report - DAY * 2
            sub_report[lv] = pick_day(rng, lo, hi)
        self.sub_report = sub_report
        if sub:
            plan_hi = Date(Y, 3, 31)
            if parent and "district" == level:
                plan_hi = min(plan_hi, parent.sub_plan_due.get(level, plan_hi))
            self.sub_plan_due = pick_day(rng, min(issued + DAY * 21, plan_hi), plan_hi)
        else:
            self.sub_plan_due = None

        self.make_focus(parent)
        self.make_tasks(parent)
        self.make_responsibilities(parent)

        plan = {}
        plan["format"] = "kehoach/1"
        plan["status"] = "issued"
        plan["number"] = number
        issuer = {"name": issuer_name(u), "level": level, "locality": None}
        if u.role == "department":
            issuer["locality"] = f"{pname.name}"
            issuer["parent_authority"] = issuer_name(pname)
        else:
            issuer["locality"] = u.name
        plan["issuer"] = issuer
        plan["place"] = place_of(u)
        plan["issued"] = issued.isoformat()
        plan["year"] = Y
        plan["title"] = title
        plan["\nbasis_lead"] = "Căn cứ" if not parent or rng.random() < 0.6 else "Thực hiện"
        plan["basis"] = self.basis()
        if parent:
            ref = {"ref": parent.number, "date": parent.issued.isoformat(),
                   "issuer": parent.issuer, "title": parent.title}
            if rng.random() >= self.args.no_parent_file:
                ref["file"] = os.path.relpath(u.parent.path, os.path.dirname(u.path))
            plan["parent"] = ref
        who = "Ủy ban nhân dân" if u.role != "department" else u.name
        plan["enactment"] = (f"{who} {'' if u.role == 'department' else area + ' '}ban hành Kế hoạch "
                             f"{title[0].lower() + title[1:]}, như sau:").replace("  ", " ")
        plan["\noutline"] = [
            FlowMap(number="I", title="MỤC ĐÍCH, YÊU CẦU"),
            FlowMap(number="I.1", title="Mục đích", holds="purpose"),
            FlowMap(number="I.2", title="Yêu cầu", holds="requirements"),
            FlowMap(number="II", title="LĨNH VỰC THEO DÕI TRỌNG TÂM", holds="focus_areas"),
            FlowMap(number="III", title="NỘI DUNG VÀ HOẠT ĐỘNG", holds="tasks"),
            FlowMap(number="IV", title="TỔ CHỨC THỰC HIỆN", holds="responsibilities"),
            FlowMap(number="V", title="CHẾ ĐỘ BÁO CÁO", holds="reporting"),
            FlowMap(number="VI", title="KINH PHÍ", holds="budget"),
        ]
        plan["\npurpose"] = [p.format(area=scope_area) for p in rng.sample(PURPOSE, rng.randint(1, 2))]
        plan["\nrequirements"] = REQUIREMENTS[: rng.randint(3, 5)]
        plan["\nfocus_areas"] = self.focus
        plan["\ntasks"] = self.tasks
        plan["\nresponsibilities"] = self.resps
        upward = parent.issuer if parent else "Bộ Tư pháp"
        plan["\nreporting"] = {
            "subjects": f"{issuer_name(u)} (bộ phận tư pháp tổng hợp, tham mưu)",
            "period": self.period_phrase(),
            "due": (rng.choice(["Chậm nhất ngày ", "chậm nhất ngày "]) + dmy(own_report)
                    if rng.random() < 0.7 else before_phrase(rng, own_report)),
            "to": upward if u.role != "province" else "Bộ Tư pháp",
            "content": ("Báo cáo về tổ chức thi hành pháp luật theo Nghị định số 80/2025/NĐ-CP và hướng dẫn của Bộ Tư pháp"
                        if self.post else
                        "Thực hiện theo Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ trưởng Bộ Tư pháp"),
        }
        plan["\nbudget"] = [f"Kinh phí thực hiện Kế hoạch được bảo đảm trong dự toán chi thường xuyên năm {Y} của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành."]
        plan["closing"] = (f"Trên đây là Kế hoạch {title[0].lower() + title[1:]}. Trong quá trình thực "
                           "hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về bộ phận "
                           "tư pháp để tổng hợp, báo cáo xem xét, chỉ đạo./.")
        plan["\nrecipients"] = self.recipients(parent)
        plan["signature"] = self.signature()

        # what children need
        info.number, info.issued, info.issuer, info.title = number, issued, issuer_name(u), title
        info.focus = [(f["id"], f["name"], f.get("origin")) for f in self.focus]
        info.period_end = period_end
        for lv in sub:
            info.sub_plan_due[lv] = self.sub_plan_due
        info.items = self.items_out
        for lv in sub:
            dated = [i.due for i in self.items_out
                     if lv in i.levels and i.kind == "report" and i.due is not None]
            if dated:
                info.report_due[lv] = min(dated)
        u.info = info
        return plan

    def period_phrase(self):
        start = Date(self.year - 1, self.period_end.month, self.period_end.day) + DAY
        return range_phrase(self.rng, start, self.period_end)

    def basis(self):
        rng = self.rng
        if self.post:
            acts = [
                {"ref": "64/2025/QH15", "kind": "Luật", "date": "2025-02-19", "issuer": "Quốc hội",
                 "title": "Luật Ban hành văn bản quy phạm pháp luật"},
                {"ref": "87/2025/QH15", "kind": "Luật", "date": "2025-06-25", "issuer": "Quốc hội",
                 "title": "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"},
                {"ref": "80/2025/NĐ-CP", "kind": "Nghị định", "date": "2025-04-01", "issuer": "Chính phủ",
                 "title": "về tổ chức thi hành văn bản quy phạm pháp luật"},
                {"ref": "72/2025/QH15", "kind": "Luật", "date": "2025-06-16", "issuer": "Quốc hội",
                 "title": "Luật Tổ chức chính quyền địa phương"},
            ]
            keep = [acts[0], acts[2]]
            if rng.random() < 0.5:
                keep.insert(1, acts[1])
            if rng.random() < 0.5:
                keep.insert(0, acts[3])
        else:
            keep = [
                {"ref": "59/2012/NĐ-CP", "kind": "Nghị định", "date": "2012-07-23", "issuer": "Chính phủ",
                 "title": "về theo dõi tình hình thi hành pháp luật"},
                {"ref": "32/2020/NĐ-CP", "kind": "Nghị định", "date": "2020-03-05", "issuer": "Chính phủ",
                 "title": "sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật"},
                {"ref": "04/2021/TT-BTP", "kind": "Thông tư", "date": "2021-06-21", "issuer": "Bộ trưởng Bộ Tư pháp",
                 "title": "hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 về theo dõi tình hình thi hành pháp luật và Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP"},
            ]
            if rng.random() < 0.4:
                keep.insert(0, {"ref": "80/2015/QH13", "kind": "Luật", "date": "2015-06-22", "issuer": "Quốc hội",
                                "title": "Luật Ban hành văn bản quy phạm pháp luật"})
        # a decision of the province, an act the tool has no table entry for
        if self.u.role != "province" and rng.random() < 0.3:
            p = province_of(self.u)
            y = self.year - 1
            keep.append({"ref": f"{rng.randint(10, 60):02}/{y}/QĐ-UBND", "kind": "Quyết định",
                         "date": pick_day(rng, Date(y, 3, 1), Date(y, 11, 30)).isoformat(),
                         "issuer": issuer_name(p),
                         "title": f"ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật trên địa bàn {p.extra['unit']} {p.name}"})
        return keep

    def make_focus(self, parent):
        rng, Y = self.rng, self.year
        focus = []
        if parent:
            for fid, name, origin in parent.focus:
                entry = {"id": fid, "name": name, "origin": origin or "local",
                         "scope": f"Việc thi hành pháp luật thuộc lĩnh vực này trên địa bàn, phạm vi quản lý của {area_name(self.u)}",
                         "subjects": rng.choice(["Các cơ quan, đơn vị có liên quan",
                                                 "Các cơ quan chuyên môn, đơn vị sự nghiệp và các tổ chức, cá nhân có liên quan"])}
                focus.append(entry)
            if self.u.role == "department" and rng.random() < 0.7:
                focus.append({"id": "nganh", "name": f"Thi hành pháp luật thuộc ngành, lĩnh vực do {self.u.name} quản lý",
                              "origin": "sector",
                              "scope": "Các luật, pháp lệnh, nghị định và văn bản quy phạm pháp luật của địa phương thuộc ngành, lĩnh vực quản lý",
                              "subjects": "Các phòng, đơn vị trực thuộc; tổ chức, cá nhân có liên quan",
                              "lead": self.u.name})
        else:
            focus.append({"id": "lien-nganh", "name": f"Lĩnh vực trọng tâm, liên ngành năm {Y}",
                          "origin": "national",
                          "scope": f"Theo Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {Y} do Thủ tướng Chính phủ ban hành; Sở Tư pháp hướng dẫn cụ thể",
                          "subjects": "Các sở, ban, ngành; UBND cấp dưới có liên quan"})
            bank = list(FOCUS_BANK)
            if self.post:
                bank.append(FOCUS_2025_EXTRA)
            for fid, name, scope in rng.sample(bank, rng.randint(1, 3)):
                focus.append({"id": fid, "name": name, "origin": "local",
                              "scope": f"{scope}; các văn bản quy phạm pháp luật của HĐND, UBND {area_name(self.u)}",
                              "subjects": "Các sở, ban, ngành và UBND cấp dưới có liên quan",
                              "lead": rng.choice(["Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ", "Thanh tra " + self.u.extra["unit"]])})
        for i, f in enumerate(focus, 1):
            f["number"] = f"II.{i}"
            # key order as people write them
            order = ["id", "number", "name", "origin", "scope", "subjects", "lead"]
            focus[i - 1] = {k: f[k] for k in order if k in f}
        self.focus = focus
        self.focus_ids = [f["id"] for f in focus]

    def lead_self(self):
        u = self.u
        if u.role == "province":
            return "Sở Tư pháp"
        if u.role == "district":
            return "Phòng Tư pháp"
        if u.role == "commune":
            return "Văn phòng HĐND và UBND" + (" xã" if self.post else "") if self.post else "Công chức Tư pháp - Hộ tịch"
        return "Văn phòng Sở" if u.name.startswith("Sở") else "Văn phòng"

    def sub_names(self, lv):
        u = self.u
        unit = u.extra.get("unit", "tỉnh")
        if lv == "department":
            return "Các sở, ban, ngành " + unit if u.role == "province" else "Các cơ quan chuyên môn thuộc UBND " + u.extra.get("dkind", "huyện")
        if lv == "commune":
            if u.role == "province":
                return "UBND các xã, phường" + (", đặc khu" if self.post and u.name in SPECIAL_ZONES else "")
            return "UBND các xã, thị trấn" if u.extra.get("dkind") == "huyện" else "UBND các phường, xã"
        if lv == "district":
            return "UBND các quận, huyện, thị xã" if unit == "thành phố" else "UBND các huyện, thị xã, thành phố"
        return ""

    def add_task(self, t, due=None):
        self.tasks.append(t)
        self.due_of[t["id"]] = due

    def make_tasks(self, parent):
        rng, Y, u = self.rng, self.year, self.u
        self.items_out = []
        sub = self.sub
        lo = self.issued
        served = set()
        # tasks that serve the parent's items for this level
        level = u.role if u.role != "province" else None
        parent_items = [i for i in parent.items if level in i.levels] if parent else []
        if parent:
            rng_skip = rng.random()
        for p in parent_items:
            if p.conditional and rng_skip < 0.4:
                continue  # "nếu có": carried only by some
            if p.as_duty:
                continue  # served by a duty, below
            tid = p.id if p.id != "ban-hanh-ke-hoach" or sub else "trien-khai-ke-hoach"
            kind = p.kind
            phrase, due, dtype = self.child_due(p, lo, lead="Thời gian xây dựng và gửi kế hoạch" if kind == "plan" else None)
            if kind == "plan" and sub:
                # this plan passes the deadline on to its own sub-levels
                phrase, due = self.plan_deadline_phrase(self.sub_plan_due)
                dtype = "date"
            t = {"id": tid, "title": self.title_for(kind, p.title), "kind": kind,
                 "description": para(rng, kind, 1, 3),
                 "lead": self.lead_for(kind), "partners": self.partners_for(kind),
                 "output": OUTPUTS[kind].format(year=Y), "due": phrase,
                 "levels": Flow(sub) if sub and kind != "inspection" else None,
                 "implements": Flow([p.id]),
                 "focus": Flow(rng.sample(self.focus_ids, min(len(self.focus_ids), rng.randint(1, 2)))) if kind in ("information", "inspection", "other") and self.focus_ids else None,
                 "conditional": True if p.conditional else None}
            self.add_task(t, due)
            served.add(p.id)
            if t["levels"]:
                self.items_out.append(Item(tid, kind, t["title"], due, dtype, sub, p.conditional))
        if not parent:
            self.province_tasks()
        # own activities, with free deadlines
        own = rng.sample(OWN_TASKS, rng.randint(2, 4))
        for tid, kind, title in own:
            phrase, due = phrase_due(Y, max(lo + DAY * 7, Date(Y, 2, 1)), Date(Y, 12, 31), rng)
            if kind == "report":
                phrase, due = "Định kỳ 6 tháng", None
            t = {"id": tid, "title": title, "kind": kind, "description": para(rng, kind, 1, 2),
                 "lead": self.lead_self(), "partners": None, "output": OUTPUTS[kind].format(year=Y),
                 "due": phrase}
            self.add_task(t, due)
        for i, t in enumerate(self.tasks, 1):
            t["number"] = f"III.{i}"
        order = ["id", "number", "title", "kind", "description", "lead", "partners", "output",
                 "due", "levels", "implements", "focus", "conditional"]
        self.tasks = [{k: t[k] for k in order if t.get(k) is not None} for t in self.tasks]

    def plan_deadline_phrase(self, day):
        rng = self.rng
        if rng.random() < 0.25 and day == Date(self.year, 3, 31):
            return rng.choice([f"Quý I năm {self.year}", f"Quý I/{self.year}"]), day
        if rng.random() < 0.3:
            return before_phrase(rng, day), day
        day = weekday_at_most(day)
        self.sub_plan_due = day
        return exact_phrase(rng, day, lead="Thời gian xây dựng và gửi kế hoạch về cơ quan cấp trên"), day

    def title_for(self, kind, parent_title):
        titles = {
            "plan": "Xây dựng, ban hành và triển khai kế hoạch theo dõi tình hình thi hành pháp luật",
            "training": "Phổ biến, quán triệt, tập huấn các văn bản về theo dõi tình hình thi hành pháp luật",
            "focus": "Xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm",
            "information": "Thu thập, tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật",
            "inspection": "Kiểm tra tình hình thi hành pháp luật",
            "survey": "Điều tra, khảo sát tình hình thi hành pháp luật",
            "report": "Báo cáo định kỳ về tình hình thi hành pháp luật",
            "other": "Theo dõi thi hành pháp luật trong các lĩnh vực trọng tâm",
        }
        title = titles[kind]
        if self.rng.random() < 0.3 or title in self.used_titles:
            title = parent_title
        self.used_titles.add(title)
        return title

    def lead_for(self, kind):
        sub = self.sub
        if kind in ("plan", "information") and sub:
            return [self.sub_names(lv) for lv in sub]
        return self.lead_self()

    def partners_for(self, kind):
        if kind in ("training", "inspection"):
            if self.sub:
                return [self.sub_names(lv) for lv in self.sub]
            return "Các cơ quan, đơn vị có liên quan"
        return None

    def province_tasks(self):
        """The province's activities: deadlines chosen freely, some passed down to sub-levels."""
        rng, Y, sub = self.rng, self.year, self.sub
        tasks = []

        def add(tid, kind, title, phrase, due, dtype, levels=True, conditional=False, focus=None):
            t = {"id": tid, "title": title, "kind": kind, "description": para(rng, kind, 2, 3),
                 "lead": self.lead_for(kind), "partners": self.partners_for(kind),
                 "output": OUTPUTS[kind].format(year=Y), "due": phrase,
                 "levels": Flow(sub) if levels else None,
                 "focus": Flow(focus) if focus else None,
                 "conditional": True if conditional else None}
            tasks.append(t)
            self.due_of[tid] = due
            if levels:
                self.items_out.append(Item(tid, kind, title, due, dtype, sub, conditional))

        day = self.sub_plan_due
        phrase, day = self.plan_deadline_phrase(day)
        add("ban-hanh-ke-hoach", "plan", "Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật", phrase, day, "date")
        if rng.random() < 0.5:
            add("tap-huan", "training", "Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật",
                quarter_phrase(rng, Y, 2, 2), Date(Y, 6, 30), "date")
        else:
            add("tap-huan", "training", "Tập huấn, bồi dưỡng nghiệp vụ theo dõi tình hình thi hành pháp luật",
                quarter_phrase(rng, Y, 2, 3), Date(Y, 9, 30), "date")
        add("xac-dinh-linh-vuc-lien-nganh", "focus", "Hướng dẫn lĩnh vực trọng tâm, liên ngành",
            f"Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm {Y}",
            None, "event", levels=False)
        add("xac-dinh-linh-vuc", "focus", "Xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm của cơ quan, địa phương",
            rng.choice([f"Quý I năm {Y}", f"Quý I/{Y}", f"Hoàn thành trước tháng 4 năm {Y}"]), Date(Y, 3, 31), "date")
        add("thu-thap-thong-tin", "information", "Thu thập, tiếp nhận và xử lý thông tin về tình hình thi hành pháp luật",
            rng.choice(ONGOING), Date(Y, 12, 31), "date", focus=self.focus_ids)
        add("cung-cap-thong-tin", "information", "Cung cấp thông tin về tình hình thi hành pháp luật trong lĩnh vực trọng tâm",
            rng.choice(PERIODIC[:3]), None, "periodic")
        add("thuc-hien-lien-nganh", "other", "Thực hiện theo dõi lĩnh vực trọng tâm, liên ngành theo hướng dẫn",
            "Sau khi có hướng dẫn của Sở Tư pháp", None, "event")
        add("kiem-tra", "inspection", "Kiểm tra tình hình thi hành pháp luật",
            quarter_phrase(rng, Y, 3, 4), Date(Y, 12, 31), "date", levels=False,
            focus=self.focus_ids[1:] or None)
        add("dieu-tra-khao-sat", "survey", "Điều tra, khảo sát tình hình thi hành pháp luật",
            f"Hoàn thành trước tháng 11 năm {Y}", Date(Y, 10, 31), "date", conditional=True)
        add("bao-cao-6-thang", "report", "Báo cáo kết quả theo dõi tình hình thi hành pháp luật 6 tháng",
            "Định kỳ 6 tháng", None, "periodic")
        day = pick_day(rng, Date(Y, 6, 1), Date(Y, 8, 31))
        add("co-so-du-lieu", "other", "Cập nhật cơ sở dữ liệu về văn bản và tình hình thi hành pháp luật",
            exact_phrase(rng, day), day, "date", levels=False)
        self.tasks.extend(tasks)

    def make_responsibilities(self, parent):
        rng, Y, u = self.rng, self.year, self.u
        resps = []
        level = u.role
        parent_duties = [i for i in parent.items if level in i.levels and i.as_duty] if parent else []
        lead = self.lead_self()
        # the plan's own coordinating unit, which serves the parent's duties
        duties = []
        duties.append({"id": "dau-moi", "text": "a) Là đầu mối tham mưu tổ chức thực hiện Kế hoạch; hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện.", "kind": None})
        for p in parent_duties:
            kind = p.kind
            if kind == "report":
                due = self.own_report if p.due is None or self.own_report <= p.due else p.due
                phrase = (rng.choice(["chậm nhất ngày ", "Chậm nhất ngày "]) + dmy(weekday_at_most(due))
                          if rng.random() < 0.6 else before_phrase(rng, due))
                if "chậm nhất" in phrase.lower():
                    due = weekday_at_most(due)
                d = {"id": f"{p.id}-thuc-hien", "text": f"Tổng hợp kết quả, báo cáo {parent.issuer} đúng thời hạn: {phrase}.",
                     "kind": "report", "due": phrase, "to": parent.issuer, "implements": Flow([p.id])}
            else:
                phrase, due, dtype = self.child_due(p, self.issued)
                d = {"id": f"{p.id}-thuc-hien", "text": f"Thực hiện nhiệm vụ: {p.title[0].lower() + p.title[1:]}.",
                     "kind": kind if kind != "other" or phrase else None, "due": phrase,
                     "implements": Flow([p.id])}
            duties.append(d)
            self.due_of[d["id"]] = due
        resps.append({"agency": lead, "level": "department" if u.role in ("commune", "district") else None,
                      "duties": duties})
        # duties addressed to each sub-level
        for lv in self.sub:
            prefix = {"department": "so", "district": "huyen", "commune": "xa"}[lv]
            if u.role == "district" and lv == "commune":
                prefix = "xa"
            sd = []
            sd.append(("theo-doi", "other", "Theo dõi việc thi hành pháp luật trong các lĩnh vực trọng tâm trên địa bàn, phạm vi quản lý",
                       rng.choice(ONGOING), Date(Y, 12, 31), "date"))
            if lv != "department":
                q = rng.choice([3, 3, 2])
                sd.append(("tu-kiem-tra", "inspection", "Tự kiểm tra công tác theo dõi tình hình thi hành pháp luật tại địa phương",
                           quarter_phrase(rng, Y, q, q), month_end(Y, q * 3), "date"))
                sd.append(("kinh-phi", "other", "Bố trí kinh phí, công chức bảo đảm cho công tác theo dõi tình hình thi hành pháp luật",
                           None, None, "none"))
            due = self.sub_report[lv]
            if rng.random() < 0.5:
                phrase = rng.choice(["chậm nhất ngày ", "Chậm nhất ngày "]) + dmy(weekday_at_most(due))
                due = weekday_at_most(due)
            else:
                phrase = before_phrase(rng, due)
            sd.append(("bao-cao", "report", f"Báo cáo kết quả theo dõi tình hình thi hành pháp luật năm {Y}, gửi {issuer_name(u)} (qua {lead})",
                       phrase, due, "date"))
            duties = []
            letters = "abcdđeg"
            for i, (sid, kind, text, phrase, due, dtype) in enumerate(sd):
                did = f"{prefix}-{sid}"
                d = {"id": did, "text": f"{letters[i]}) {text}.", "kind": kind if kind != "other" or phrase else None,
                     "due": phrase, "to": f"{issuer_name(u)} (qua {lead})" if kind == "report" else None,
                     "levels": Flow([lv])}
                duties.append(d)
                self.due_of[did] = due
                self.items_out.append(Item(did, kind, text, due, dtype, [lv], as_duty=True))
            resps.append({"agency": self.sub_names(lv), "level": lv,
                          "intro": f"Căn cứ điều kiện thực tiễn, {self.sub_names(lv)[0].lower() + self.sub_names(lv)[1:]} có trách nhiệm:",
                          "duties": duties})
        # internal units reporting to the coordinating unit (commune, department)
        if u.role in ("commune", "department"):
            units = (["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"] if u.role == "commune" and self.post
                     else ["Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng"] if u.role == "commune"
                     else ["Thanh tra Sở", "Các phòng chuyên môn, đơn vị trực thuộc"])
            for name in units:
                due = pick_day(rng, max(self.period_end + DAY, self.own_report - DAY * 6),
                               self.own_report - DAY)
                duties = [
                    {"id": slug(name)[:12] + "-theo-doi", "text": f"a) Theo dõi tình hình thi hành pháp luật thuộc lĩnh vực phụ trách; phối hợp với {lead} thực hiện Kế hoạch.", "kind": None},
                    {"id": slug(name)[:12] + "-bao-cao", "text": f"b) Gửi kết quả theo dõi thi hành pháp luật thuộc lĩnh vực phụ trách về {lead} chậm nhất ngày {dmy(due)}.",
                     "kind": "report", "due": f"Chậm nhất ngày {dmy(due)}", "to": lead},
                ]
                self.due_of[duties[1]["id"]] = due
                resps.append({"agency": name, "level": "department" if u.role == "commune" else None,
                              "duties": duties})
        resps.append({"agency": "Ủy ban Mặt trận Tổ quốc Việt Nam " + area_name(u) if u.role != "department" else "Các tổ chức, cá nhân có liên quan",
                      "level": "other",
                      "intro": "Đề nghị phối hợp cung cấp thông tin, kiến nghị về tình hình thi hành pháp luật trong phạm vi chức năng, nhiệm vụ."})
        order_r = ["agency", "number", "level", "intro", "duties"]
        order_d = ["id", "text", "kind", "due", "to", "levels", "implements"]
        out = []
        for i, r in enumerate(resps, 1):
            r["number"] = f"IV.{i}"
            if r.get("duties"):
                r["duties"] = [{k: d[k] for k in order_d if d.get(k) is not None} for d in r["duties"]]
            out.append({k: r[k] for k in order_r if r.get(k) is not None})
        self.resps = out

    def recipients(self, parent):
        u = self.u
        out = []
        if parent:
            out.append(f"{parent.issuer};")
        else:
            out.append("Bộ Tư pháp;")
        if u.role == "province":
            out += ["TT Tỉnh ủy, TT HĐND " + u.extra["unit"] + ";", "Chủ tịch, các PCT UBND " + u.extra["unit"] + ";"]
        for lv in self.sub:
            out.append(self.sub_names(lv) + ";")
        if u.role in ("commune", "district"):
            out.append("Các cơ quan, đơn vị có liên quan;")
        out.append("Lưu: VT" + self.rng.choice(["", ", TP", ", VP"]) + ".")
        return out

    def signature(self):
        rng = self.rng
        if self.u.role == "department":
            boss = "CHÁNH THANH TRA" if self.u.name.startswith("Thanh tra") else "CHÁNH VĂN PHÒNG" if self.u.name.startswith("Văn phòng") else "GIÁM ĐỐC"
            if rng.random() < 0.5:
                return {"role": f"KT. {boss}", "title": "PHÓ " + boss}
            return {"title": boss}
        if rng.random() < 0.7:
            return {"authority": "TM. ỦY BAN NHÂN DÂN", "role": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH"}
        return {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH"}


# ---------------------------------------------------------------------------------------------
# Progress

def add_progress(plan, builder, rng, snapshot, separate):
    """Marks some tasks and duties done or in progress as of `snapshot`: in the plan, or (when
    `separate`) returns the text of a progress file instead."""
    entries = []
    items = []
    for t in plan["\ntasks"]:
        items.append(t)
    for r in plan["\nresponsibilities"]:
        items.extend(r.get("duties", []))
    for item in items:
        if "id" not in item or rng.random() < 0.3:
            continue
        due = builder.due_of.get(item["id"])
        r = rng.random()
        if due is not None and due <= snapshot:
            # past due on the snapshot day: mostly done, a few days either side of the deadline
            if r < 0.75:
                day = pick_day(rng, max(builder.issued + DAY, due - DAY * 20),
                               min(due + DAY * 10, snapshot))
                entry = FlowMap(status="done", date=day.isoformat())
            elif r < 0.95:
                entry = FlowMap(status="in_progress")
            else:
                entry = FlowMap(status="not_started")
        elif r < 0.5:
            entry = FlowMap(status="in_progress")
        elif r < 0.6 and due is None:
            day = pick_day(rng, builder.issued + DAY, snapshot)
            entry = FlowMap(status="done", date=day.isoformat())
        else:
            entry = FlowMap(status="not_started")
        entries.append((item, entry))
    if not separate:
        for item, entry in entries:
            item["progress"] = entry
        return None
    lines = ["# Tiến độ thực hiện kế hoạch (sinh tự động bởi tools/make_corpus.py)",
             "format: kehoach-progress/1", "items:"]
    for item, entry in entries:
        inner = ", ".join(f"{k}: {scalar(v, True)}" for k, v in entry.items())
        if entry.get("status") == "done" and rng.random() < 0.3:
            inner += ", note: " + scalar("Đã thực hiện, có báo cáo kết quả", True)
        lines.append(f"  {item['id']}: {{{inner}}}")
    lines.append("reporting: {status: not_started}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Faults: one per faulty plan, each a mutation of the plan data or of its text.

def first_task(plan, pred=lambda t: True):
    for t in plan["\ntasks"]:
        if pred(t):
            return t
    return None


def own_tasks(plan):
    return [t for t in plan["\ntasks"] if "implements" not in t and "levels" not in t]


def f_kh001(plan, text, rng):
    # an unclosed quote: the rest of the file is swallowed
    return text.replace("\ntitle: ", '\ntitle: "', 1)


def f_kh002(plan, text, rng):
    return text.replace(f"\nyear: {plan['year']}\n", f"\nyear: \"{plan['year']}\"\n", 1)


def f_kh003(plan, rng, unit):
    t = rng.choice(plan["\ntasks"])
    t["deadline"] = t.pop("due", "Quý II năm 2026")
    return plan


def f_kh004(plan, text, rng):
    return text.replace("\nyear: ", f"\nplace: {plan['place']}\nyear: ", 1)


def f_kh005(plan, text, rng):
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if line.startswith("    lead: ")]
    lines[at[0]] = lines[at[0]].replace("lead: ", "lead: &lead ", 1)
    lines[at[1]] = "    lead: *lead"
    return "\n".join(lines)


def f_kh007(plan, text, rng):
    data = text.encode("utf-8")
    at = data.find("Mục đích".encode("utf-8"))
    return data[:at] + b"M\xe1c \xf0\xedch" + data[at + len("Mục đích".encode("utf-8")):]


def f_kh008(plan, rng, unit):
    t = rng.choice(plan["\ntasks"])
    del t["title"]
    return plan


def f_kh009(plan, rng, unit):
    t = rng.choice(plan["\ntasks"])
    t["kind"] = rng.choice(["inspect", "kiểm tra", "meeting"])
    return plan


def f_kh010(plan, rng, unit):
    y = plan["year"]
    plan["issued"] = f"{y}-02-30"
    return plan


def f_kh012(plan, rng, unit):
    plan["format"] = "kehoach/2"
    return plan


def f_kh013(plan, text, rng):
    return ""


def f_kh101(plan, rng, unit):
    del plan["\nrequirements"]
    return plan


def f_kh102(plan, rng, unit):
    t = rng.choice(own_tasks(plan) or plan["\ntasks"])
    t["due"] = rng.choice([f"Quý V năm {plan['year']}", f"31/02/{plan['year']}", "sớm nhất có thể",
                           f"tháng 13/{plan['year']}"])
    return plan


def f_kh103(plan, rng, unit):
    t = rng.choice(own_tasks(plan))
    y = plan["year"] + 1
    t["due"] = rng.choice([f"Quý II năm {y}", f"tháng 3/{y}", f"Năm {y}"])
    return plan


def f_kh105(plan, rng, unit):
    # report due in September, and the data window moved before it: only KH105 fires
    y = plan["year"]
    plan["\nreporting"]["period"] = f"Tính từ 01/09/{y - 1} đến 31/08/{y}"
    plan["\nreporting"]["due"] = f"Chậm nhất ngày {dmy(weekday_at_most(Date(y, 9, 15)))}"
    return plan


def f_kh106(plan, rng, unit):
    # the data window closes after the report is due
    y = plan["year"]
    plan["\nreporting"]["period"] = f"Tính từ 01/01/{y} đến 31/12/{y}"
    return plan


def f_kh107(plan, rng, unit):
    y = plan["year"]
    for r in plan["\nresponsibilities"]:
        if r.get("level") == "department" and r["agency"] != unit.builder.lead_self():
            for d in r.get("duties", []):
                if d.get("kind") == "report":
                    d["due"] = f"chậm nhất ngày {dmy(weekday_at_most(Date(y, 12, 28)))}"
                    return plan
    return None


def f_kh108(plan, rng, unit):
    own = own_tasks(plan)
    if len(own) < 2:
        return None
    own[1]["id"] = own[0]["id"]
    return plan


def f_kh109(plan, rng, unit):
    t = rng.choice(plan["\ntasks"])
    t["focus"] = Flow(list(t.get("focus", [])) + ["an-ninh-trat-tu"])
    return plan


def f_kh110(plan, rng, unit):
    n = plan["number"]
    plan["number"] = rng.choice([n.replace("/KH-", "/KH "), n.replace("/", "-", 1), "KH-" + n.split("/")[0]])
    return plan


def f_kh111(plan, rng, unit):
    del plan["place"]
    return plan


def f_kh113(plan, rng, unit):
    s = plan["signature"]
    if "authority" in s:
        s["authority"] = "THAY MẶT ỦY BAN NHÂN DÂN"
    else:
        s["role"] = "Ký thay GIÁM ĐỐC"
    return plan


def f_kh114(plan, rng, unit):
    b = plan["\nbasis"][-1] if "\nbasis" in plan else plan["basis"][-1]
    b["ref"] = b["ref"].replace("/", " /", 1) if rng.random() < 0.5 else "NĐ-CP/" + b["ref"]
    return plan


def f_kh115(plan, rng, unit):
    basis = plan["basis"]
    y = plan["year"] - 1
    basis.append({"ref": f"{rng.randint(10, 60):02}/{y}/QĐ-UBND", "kind": "Quyết định",
                  "date": f"{y - 1}-10-12", "issuer": "UBND " + province_of(unit).extra["unit"] + " " + province_of(unit).name,
                  "title": "ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật"})
    return plan


def f_kh116(plan, rng, unit):
    plan["basis"].insert(0, {"ref": "80/2015/QH13", "kind": "Luật", "date": "2015-06-22",
                             "issuer": "Quốc hội", "title": "Luật Ban hành văn bản quy phạm pháp luật"})
    return plan


def f_kh117(plan, rng, unit):
    for b in plan["basis"]:
        if b["ref"] in ("80/2025/NĐ-CP", "59/2012/NĐ-CP"):
            b["date"] = b["date"][:-2] + ("02" if b["date"][-2:] != "02" else "03")
            return plan
    return None


def f_kh118(plan, rng, unit):
    for r in plan["\nresponsibilities"]:
        if r.get("level") == "department":
            r["level"] = "district"
            return plan
    return None


def f_kh119(plan, rng, unit):
    y = plan["year"]
    day = Date(y, 5, 1)
    while day.weekday() != 5:
        day += DAY
    t = rng.choice(own_tasks(plan))
    t["due"] = f"Chậm nhất ngày {dmy(day)}"
    return plan


def f_kh120(plan, rng, unit):
    plan["\nrecipients"].pop()
    return plan


def f_kh202(plan, rng, unit):
    p = plan["parent"]
    if "file" not in p:
        return None
    n, rest = p["ref"].split("/", 1)
    p["ref"] = f"{int(n) + 1:02}/{rest}"
    return plan


def f_kh203(plan, rng, unit):
    y = plan["year"]
    plan["\nreporting"]["due"] = f"Chậm nhất ngày {dmy(weekday_at_most(Date(y, 12, 30)))}"
    return plan


def f_kh204(plan, rng, unit):
    issued = Date.fromisoformat(plan["parent"]["date"]) - DAY * 3
    if issued.year != plan["year"]:
        return None
    plan["issued"] = weekday_at_most(issued).isoformat()
    return plan


def f_kh205(plan, rng, unit):
    y = plan["year"]
    plan["issued"] = weekday_at_most(Date(y, 4, 20)).isoformat()
    return plan


def f_kh206(plan, rng, unit):
    # a plan or focus task: no task of the plan's own has that kind, so nothing else can be
    # matched to the parent's item by kind and title
    cands = [t for t in plan["\ntasks"] if "implements" in t and t["kind"] in ("plan", "focus")]
    if not cands:
        return None
    plan["\ntasks"].remove(rng.choice(cands))
    return plan


def f_kh207(plan, rng, unit):
    y = plan["year"]
    for t in plan["\ntasks"]:
        if t.get("kind") == "training" and "implements" in t:
            t["due"] = f"Quý IV năm {y}"
            return plan
    return None


def f_kh208(plan, rng, unit):
    fa = plan["\nfocus_areas"]
    carried = [f for f in fa if f.get("origin") != "sector"]
    if not carried:
        return None
    fa.remove(carried[-1])
    gone = carried[-1]["id"]
    for t in plan["\ntasks"]:
        if "focus" in t and gone in t["focus"]:
            rest = [f for f in t["focus"] if f != gone]
            if rest:
                t["focus"] = Flow(rest)
            else:
                del t["focus"]
    return plan


def f_kh209(plan, rng, unit):
    t = first_task(plan, lambda t: "implements" in t)
    t["implements"] = Flow(list(t["implements"]) + ["nhiem-vu-khong-co"])
    return plan


def f_kh212(plan, rng, unit):
    p = plan["parent"]
    if "file" not in p:
        return None
    p["file"] = p["file"].replace("plan.yaml", "ke-hoach.yaml")
    return plan


TEXT_FAULTS = {"KH001", "KH002", "KH004", "KH005", "KH007", "KH013"}

# (code, other codes it also gives by design, who may get it, function, description)
# who: "any" (also a parent plan: only faults that do not spill into its children), "leaf"
# (commune or department plans), "child" (any plan with a parent: KH2xx), "post2025".
FAULTS = [
    ("KH001", "", "leaf", f_kh001, "unclosed double quote in title"),
    ("KH002", "", "leaf", f_kh002, "year written as a quoted string"),
    ("KH003", "", "leaf", f_kh003, "task key `due` misspelled `deadline`"),
    ("KH004", "", "leaf", f_kh004, "key `place` written twice"),
    ("KH005", "", "leaf", f_kh005, "YAML anchor and alias on lead"),
    ("KH007", "", "leaf", f_kh007, "Latin-1 bytes in the text"),
    ("KH008", "", "leaf", f_kh008, "task without title"),
    ("KH009", "", "leaf", f_kh009, "task kind not among the allowed ones"),
    ("KH010", "", "leaf", f_kh010, "issue date 30 February"),
    ("KH012", "", "leaf", f_kh012, "format kehoach/2"),
    ("KH013", "", "leaf", f_kh013, "empty file"),
    ("KH101", "", "any", f_kh101, "requirements section missing"),
    ("KH102", "", "any", f_kh102, "deadline phrase that does not read"),
    ("KH103", "", "leaf", f_kh103, "own task due next year"),
    ("KH105", "KH107", "leaf", f_kh105, "yearly report due in September"),
    ("KH106", "", "any", f_kh106, "data window closes after the report is due"),
    ("KH107", "", "leaf", f_kh107, "internal unit's report due after reporting.due"),
    ("KH108", "", "any", f_kh108, "two tasks with the same id"),
    ("KH109", "", "any", f_kh109, "task focus id with no focus area"),
    ("KH110", "", "leaf", f_kh110, "plan number in the wrong form"),
    ("KH111", "", "any", f_kh111, "issued plan without place"),
    ("KH113", "", "any", f_kh113, "signature authority or role in the wrong form"),
    ("KH114", "", "any", f_kh114, "malformed legal reference"),
    ("KH115", "", "any", f_kh115, "act year differs from its date"),
    ("KH116", "", "post2025", f_kh116, "cites 80/2015/QH13, replaced from 01/04/2025"),
    ("KH117", "", "any", f_kh117, "known act cited with the wrong date"),
    ("KH118", "", "post2025", f_kh118, "responsibility addressed to the district level"),
    ("KH119", "", "any", f_kh119, "exact deadline on a Saturday"),
    ("KH120", "", "any", f_kh120, "recipients without the closing Lưu line"),
    ("KH202", "", "file", f_kh202, "parent.ref number differs from the parent's"),
    ("KH203", "", "child", f_kh203, "report due after the parent's deadline for the level"),
    ("KH204", "", "child", f_kh204, "issued before the parent plan"),
    ("KH205", "", "child", f_kh205, "issued after the parent's deadline for sub-plans"),
    ("KH206", "", "child", f_kh206, "a parent task for this level not carried"),
    ("KH207", "", "child", f_kh207, "training later than the parent's deadline"),
    ("KH208", "", "child", f_kh208, "a parent focus area not carried over"),
    ("KH209", "", "child", f_kh209, "implements an id the parent does not have"),
    ("KH212", "", "file", f_kh212, "parent.file names a missing file"),
]


def fault_allowed(who, unit, plan, shape):
    leaf = unit.role in ("commune", "department")
    if who == "any":
        return True
    if who == "leaf":
        return leaf
    if who == "post2025":
        return shape == "post2025" and leaf
    if who == "child":
        return leaf
    if who == "file":
        return leaf and "file" in plan.get("parent", {})
    return False


# ---------------------------------------------------------------------------------------------

HEADER = [
    "Kế hoạch SINH TỰ ĐỘNG bởi tools/make_corpus.py (dữ liệu giả định, không phải văn bản thật).",
    "Generated by tools/make_corpus.py: not a real document.",
]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Write a national hierarchy of generated kehoach plan files.")
    parser.add_argument("--out", required=True, help="output folder (created; must be empty or absent unless --force)")
    parser.add_argument("--shape", choices=["post2025", "pre2025"], default="post2025",
                        help="post2025: 34 provinces, communes, departments, year 2026 (default); "
                             "pre2025: 63 provinces, 696 districts, 10,035 communes, year 2024")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--fault-rate", type=float, default=0.05,
                        help="share of plans with one injected fault (default 0.05)")
    parser.add_argument("--no-parent-file", type=float, default=0.10,
                        help="share of child plans without parent.file, linked only by the "
                             "parent's number and issuer (default 0.10)")
    parser.add_argument("--progress-files", type=float, default=0.15,
                        help="share of plans whose progress is in a separate <plan>.progress.yaml (default 0.15)")
    parser.add_argument("--provinces", type=int, default=None, help="only the first K provinces")
    parser.add_argument("--communes-per-province", type=int, default=None,
                        help="exactly M communes per province (default: the national total spread over the provinces)")
    parser.add_argument("--departments-per-province", type=int, default=None,
                        help="exactly D department plans per province (default: 18 to 22)")
    parser.add_argument("--districts-per-province", type=int, default=None,
                        help="pre2025: exactly this many districts per province")
    parser.add_argument("--force", action="store_true", help="replace the output folder")
    args = parser.parse_args(argv)
    if not 0 <= args.fault_rate <= 1 or not 0 <= args.no_parent_file <= 1:
        parser.error("rates are between 0 and 1")
    full = PROVINCES_2025 if args.shape == "post2025" else PROVINCES_2024
    if args.provinces is None:
        args.provinces = len(full)
    if not 1 <= args.provinces <= len(full):
        parser.error(f"--provinces is 1 to {len(full)}")

    if os.path.exists(args.out) and os.listdir(args.out):
        if not args.force:
            print(f"make_corpus.py: {args.out} exists and is not empty (use --force to replace it)",
                  file=sys.stderr)
            return 2
        shutil.rmtree(args.out)
    started = time.monotonic()
    year = 2026 if args.shape == "post2025" else 2024
    snapshot = Date(year, 9, 30)
    units = build_units(args)

    # faults: which plans, and which kind each gets (round robin, so every kind appears)
    frng = random.Random(f"{args.seed}:faults")
    n_faulty = round(args.fault_rate * len(units))
    faulty = set(frng.sample(range(len(units)), n_faulty))
    queue = list(FAULTS)
    frng.shuffle(queue)
    next_fault = 0

    rows = []
    counts = {}
    total_bytes = 0
    n_progress = 0
    for index, unit in enumerate(units):
        rng = random.Random(f"{args.seed}:{unit.path}")
        builder = Builder(unit, args, rng, year)
        unit.builder = builder
        plan = builder.build()
        text_fault = None
        if index in faulty:
            # the next kind in the queue this plan can take
            for attempt in range(len(queue)):
                code, also, who, func, desc = queue[(next_fault + attempt) % len(queue)]
                if not fault_allowed(who, unit, plan, args.shape):
                    continue
                if code in TEXT_FAULTS:
                    text_fault = func
                else:
                    trial = restore_types(json.loads(json.dumps(plan)), plan)
                    trial = func(trial, random.Random(f"{args.seed}:{unit.path}:fault"), unit)
                    if trial is None:
                        continue
                    plan = trial
                unit.fault = (code, also, desc)
                next_fault = (next_fault + attempt + 1) % len(queue)
                break
        prog_rng = random.Random(f"{args.seed}:{unit.path}:progress")
        separate = prog_rng.random() < args.progress_files
        progress_text = None
        if prog_rng.random() < 0.6 or separate:
            progress_text = add_progress(plan, builder, prog_rng, snapshot, separate)
        text = emit_document(HEADER, plan)
        if text_fault:
            text = text_fault(plan, text, random.Random(f"{args.seed}:{unit.path}:fault"))
        out = os.path.join(args.out, unit.path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with open(out, "wb") as fh:
            fh.write(data)
        total_bytes += len(data)
        if progress_text:
            with open(out[:-len(".yaml")] + ".progress.yaml", "w", encoding="utf-8") as fh:
                fh.write(progress_text)
            n_progress += 1
        counts[unit.role] = counts.get(unit.role, 0) + 1
        if unit.fault:
            code, also, desc = unit.fault
            rows.append(f"{unit.path}\t{code}\t{also}\t{desc}")
        # children only need unit.info: drop the rest as we go
        unit.builder = None

    with open(os.path.join(args.out, "faults.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tcode\talso\tfault\n")
        fh.write("".join(r + "\n" for r in rows))
    summary = {
        "generator": "tools/make_corpus.py", "shape": args.shape, "seed": args.seed,
        "year": year, "fault_rate": args.fault_rate, "no_parent_file": args.no_parent_file,
        "plans": len(units), "by_level": counts, "faulty_plans": len(rows),
        "progress_files": n_progress, "plan_bytes": total_bytes,
        "as_of": snapshot.isoformat(),
    }
    with open(os.path.join(args.out, "corpus.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    elapsed = time.monotonic() - started
    print(f"{len(units)} plans ({', '.join(f'{v} {k}' for k, v in counts.items())}), "
          f"{total_bytes / 1e6:.1f} MB, {len(rows)} with a fault, {n_progress} progress files, "
          f"in {args.out} ({elapsed:.1f} s)")
    return 0


def restore_types(copy, original):
    """json round trip loses Flow/FlowMap: put them back, walking both trees together."""
    if isinstance(original, FlowMap):
        return FlowMap(copy)
    if isinstance(original, Flow):
        return Flow(copy)
    if isinstance(original, dict):
        return {k: restore_types(copy[k], v) for k, v in original.items()}
    if isinstance(original, list):
        return [restore_types(c, o) for c, o in zip(copy, original)]
    return copy


if __name__ == "__main__":
    sys.exit(main())

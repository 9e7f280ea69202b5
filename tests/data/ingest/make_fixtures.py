"""Write the ingestion fixtures of this folder (run it again after changing one).

    .venv/bin/python tests/data/ingest/make_fixtures.py

The files are committed; this script records how their bytes were made (encodings, BOMs,
line ends), which a text editor would hide.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GB18030_ZH = (
    "中巴跨境光缆项目于2018年7月13日正式开通。\n"
    "该光缆全长820公里，从拉瓦尔品第延伸至红其拉甫，由中国电信和巴基斯坦特别通信组织合作建设。\n"
    "生僻字“𠮷”只有GB18030能编码。\n"
)
UTF16LE_ZH = "数字丝绸之路是“一带一路”倡议的重要组成部分。\n上海合作组织成员国不断加强数字合作。\n"
UTF16BE_EN = (
    "The PEACE cable landed in Marseille in October 2021.\nIt connects Pakistan, East Africa and Europe.\n"
)
UTF8_BOM_MD = (
    "---\n"
    'title: "东盟数字经济框架协议谈判启动"\n'
    "date: 2023-09-03\n"
    "language: zh\n"
    "source: https://example.org/defa\n"
    "publisher: 新华社\n"
    "---\n"
    "\n"
    "# 东盟数字经济框架协议谈判启动\n"
    "\n"
    "东盟数字经济框架协议（DEFA）谈判于2023年9月3日**正式启动**。\n"
    "详情见[东盟秘书处](https://asean.org)网站。\n"
)
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8

PAGE_ZH = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>中巴跨境光缆正式开通 - 新华网</title>
<meta property="og:title" content="中巴跨境光缆正式开通">
<meta property="og:site_name" content="新华网">
<meta name="date" content="2018-07-14">
<link rel="canonical" href="http://www.xinhuanet.com/2018-07/14/c_1123124.htm">
<style>.nav { color: red; } body { font-family: 宋体; }</style>
<script>var tracker = "统计脚本不应出现在正文中"; function go() { return 1; }</script>
</head>
<body>
<nav><ul>
<li><a href="/">首页</a></li>
<li><a href="/world">国际频道</a></li>
<li><a href="/fortune">财经频道</a></li>
</ul></nav>
<aside class="sidebar"><h3>热点推荐</h3><ul>
<li><a href="/hot1">侧栏新闻一</a></li>
<li><a href="/hot2">侧栏新闻二</a></li>
</ul></aside>
<article>
<h1>中巴跨境光缆正式开通</h1>
<p>新华社伊斯兰堡7月13日电 中国和巴基斯坦13日在拉瓦尔品第举行仪式，正式开通两国首条跨境陆地光缆。</p>
<p>这条光缆全长820公里，从拉瓦尔品第延伸至中巴边境的红其拉甫，与中国境内的光缆相连。</p>
<p>巴基斯坦看守政府总理穆尔克在开通仪式上表示，光缆将改善巴基斯坦的电信基础设施，加强两国之间以及整个地区的互联互通。</p>
</article>
<script>document.write("正文之后的脚本");</script>
<footer><p>版权所有 新华网 联系我们</p></footer>
</body></html>
"""

PAGE_EN = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>PEACE subsea cable lands in Marseille | CAJ News Africa</title>
<meta property="og:title" content="PEACE subsea cable lands in Marseille">
<meta property="og:site_name" content="CAJ News Africa">
<meta property="article:published_time" content="2021-10-21T08:00:00+00:00">
<link rel="canonical" href="https://www.cajnewsafrica.com/2021/10/21/peace-subsea-cable-lands-in-marseille/">
<style>#menu { display: flex; }</style>
<script type="text/javascript">window.analytics = "tracking script must not leak";</script>
</head>
<body>
<nav id="menu"><ul>
<li><a href="/">Home</a></li>
<li><a href="/business">Business</a></li>
<li><a href="/tech">Technology</a></li>
</ul></nav>
<article>
<h1>PEACE subsea cable lands in Marseille</h1>
<p>NAIROBI, (CAJ News) – The Pakistan and East Africa Connecting Europe (PEACE) submarine cable
has landed in Marseille, a milestone toward completing the construction of the system.</p>
<p>First announced in 2019, PEACE will connect Europe to Asia via East Africa
and is due to be commissioned in 2022.</p>
<p>The landing on the French coast was jointly announced by Orange, PCCW Global
and PEACE Cable International.</p>
</article>
<footer><p>Copyright CAJ News Africa. Subscribe to our newsletter.</p></footer>
</body></html>
"""

JSONL_LINES = [
    json.dumps(
        {
            "text": "China and Pakistan inaugurated the cross-border optical fibre cable on July 13, 2018.",
            "title": "Cable inaugurated",
            "date": "2018/7/14",
            "language": "en",
            "publisher": "Xinhua",
            "source": "http://example.org/cable",
        }
    ),
    '{"text": "a broken line, "title": }',
    "",
    json.dumps({"title": "A record without text"}),
    json.dumps(
        {"text": "中国—东盟信息港建设取得新进展。", "date": "2019年5月20日", "language": "zh-CN"},
        ensure_ascii=False,
    ),
    json.dumps(["not", "an", "object"]),
    json.dumps({"text": "The date of this record is not a date.", "date": "sometime soon"}),
]

DIGEST = """跨境光缆
Search documents
中国—东盟信息港 建设取得新进展
Xin Hua She • 2019-05-20 09:30
中国—东盟信息港建设取得新 进展，已建成多条跨境光缆。
广西与东盟国家的数字合作不断深化。
PEACE cable lands in Marseille
CAJ News|2021-10-21
The PEACE submarine cable has landed in Marseille. Orange managed the landing.
"""


def main() -> None:
    (HERE / "gb18030_zh.txt").write_bytes(GB18030_ZH.encode("gb18030"))
    (HERE / "utf16le_bom_zh.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16LE_ZH.encode("utf-16-le"))
    (HERE / "utf16be_no_bom_en.txt").write_bytes(UTF16BE_EN.encode("utf-16-be"))
    (HERE / "utf8_bom_crlf.md").write_bytes(
        codecs.BOM_UTF8 + UTF8_BOM_MD.replace("\n", "\r\n").encode("utf-8")
    )
    (HERE / "binary.txt").write_bytes(BINARY)
    (HERE / "page_zh.html").write_text(PAGE_ZH, encoding="utf-8")
    (HERE / "page_en.html").write_text(PAGE_EN, encoding="utf-8")
    (HERE / "articles.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (HERE / "digest.txt").write_text(DIGEST, encoding="utf-8")
    (HERE / "ignored.csv").write_text("name,country\nPEACE,Pakistan\n", encoding="utf-8")


if __name__ == "__main__":
    main()

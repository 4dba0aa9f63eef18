"""Round 19 mend (mend19b): the loader's metadata on shapes fresh18 failed. Real text quoted (split/file named);
each shape also stands in a seen split other than fresh18."""

from conftest import load_text, role_of

# fresh18 560 (量子位 via wechat-get, liangziwei repository): the lead of the one-line export, after the signature.
NATURE_LEAD = ("DeepSeek梁文锋，现在有了新头衔！刚刚，权威科学期刊《自然》（Nature）公布了2025年度十大科学人物榜单，而梁文锋赫然在列。"
               "该榜单主要用于表彰过去一年中重要的科学趋势或发现，而梁文锋因DeepSeek模型对AI领域的重要贡献与变革性影响成功当选。")
# fresh9 343 (量子位 via an Obsidian clipper): the first paragraphs under its signature.
FLOW_BODY = ["有点意思，能 让香农和图灵又握上一次手 的，竟然是一家 央企 。",
             "这两位大师，一位定义了“信息”如何高效、准确地传递，另一位则开启了“智能”如何被创造和模拟的探索。",
             "而二人的握手，则是信息技术和通信技术的一次融合。"]


def test_a_wechat_signature_glued_to_the_lead_names_the_writer_and_the_account(tmp_path):
    # fresh18 560: "一水 发自 凹非寺量子位 | 公众号 QbitAIDeepSeek梁文锋，…" - writer 发自 place, the account's name run
    # into the place, | 公众号 and the handle, all glued to the first sentence of the export's one paragraph.
    text = ("# 梁文锋，Nature全球年度十大科学人物！\n\n> 📅 获取时间: 2025-12-09\n\n---\n\n## 📖 文章内容\n\n"
            "一水 发自 凹非寺量子位 | 公众号 QbitAI" + NATURE_LEAD + "\n")
    article = load_text(tmp_path, "560.md", text)
    assert article.meta["author"] == "一水"
    assert article.meta["outlet"] == "量子位"
    assert role_of(article, NATURE_LEAD)[0] == "body"  # the handle ends before DeepSeek


def test_a_signature_whose_place_runs_into_the_account_names_the_known_account(tmp_path):
    # fresh9 343: "##### 金磊 发自 WAIC量子位 | 公众号 QbitAI" on a line of its own (here with no account card above it):
    # the place WAIC and the account 量子位 run together; the account is the known outlet ending the run.
    text = "# 万万没想到，这家央企竟让香农和图灵又“握了一次手”\n\n##### 金磊 发自 WAIC量子位 | 公众号 QbitAI\n\n" \
        + "".join(f"{paragraph}\n\n" for paragraph in FLOW_BODY)
    article = load_text(tmp_path, "343.md", text)
    assert article.meta["author"] == "金磊"
    assert article.meta["outlet"] == "量子位"


def test_a_date_line_with_the_outlet_s_desk_and_the_writer_after_a_slash_is_split(tmp_path):
    # fresh18 571 (upmedia.mg page): <div class="author">上報快訊／范姜佳鈺 2020年03月12日 20:19:00</div> - the outlet's
    # news-flash desk, then the writer (范姜 is a Hakka double surname), as udn writes 聯合報／ before its reporters (dev_corpus 54).
    text = ("<html><head><title>稱「憂鬱症是不知足」挨轟　吳宗憲：鼓勵患者別只往負面想 -- 上報 / 焦點</title></head><body>"
            "<h2>稱「憂鬱症是不知足」挨轟　吳宗憲：鼓勵患者別只往負面想</h2>"
            "<div class=\"author\"><a href='search.php?sh_keyword=上報快訊／范姜佳鈺'>上報快訊／范姜佳鈺</a>"
            "                    2020年03月12日 20:19:00</div>"
            "<div class=\"editor\"><p>藝人吳宗憲日前錄製節目時稱罹患憂鬱症患者原因是「不知足」，引起廣大社會輿論嘩然。</p>"
            "<p>吳宗憲在主持節目《綜藝大熱門》中，對曾罹患憂鬱症的來賓說：「所有憂鬱症的患者仔細聽著，憂鬱症的原因，聽好囉！"
            "都是因為這三個字，不知足！」</p></div>"
            "</body></html>")
    article = load_text(tmp_path, "571.html", text)
    assert article.meta["outlet"] == "上報"
    assert article.meta["author"] == "范姜佳鈺"


def _wechat_page(author_spans: str, nickname: str, body: list[str]) -> str:
    # the rich_media markup of a browser-saved WeChat page, as fresh18 580 and fresh4 131 carry it (cut to the meta line)
    return ("<!DOCTYPE html><html><head><title>只因写了一段爬虫，公司200多人被抓！</title></head><body>"
            "<div id=\"img-content\"><h2 class=\"rich_media_title\" id=\"activity-name\">只因写了一段爬虫，公司200多人被抓！</h2>"
            "<div id=\"meta_content\" class=\"rich_media_meta_list\">"
            "<span id=\"copyright_logo\" class=\"rich_media_meta rich_media_meta_text meta_tag_text\">原创：</span>"
            + author_spans
            + "<span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\"><a href=\"javascript:void(0);\" id=\"js_name\">"
            + nickname + "</a></span>"
            "<em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">今天</em></div>"
            "<div class=\"rich_media_content \" id=\"js_content\">"
            + "".join(f"<p>{paragraph}</p>" for paragraph in body) + "</div></div></body></html>")


CRAWLER_BODY = ["“一个程序员写了个爬虫程序，整个公司200多人被端了。”",
                "刚从朋友听到这个消息的时候，我有点不太相信，做为一名程序员来讲，谁还没有写过几段爬虫呢？",
                "随后，公司非核心人员都被释放了出来，主要集中在 HR、行政人员。"]


def test_the_author_span_after_wechat_s_original_badge_names_the_writer_even_as_the_account_s_name(tmp_path):
    # fresh18 580 (browser-saved WeChat page): 原创： then the author's span 纯洁的微笑, then the nickname 纯洁的微笑 - the
    # writer signs with the account's name (its 作者简介 says 纯洁的微笑，一个有故事的程序员).
    spans = "<span class=\"rich_media_meta rich_media_meta_text\">\n    纯洁的微笑\n  </span>"
    article = load_text(tmp_path, "580.html", _wechat_page(spans, "纯洁的微笑", CRAWLER_BODY))
    assert article.meta["outlet"] == "纯洁的微笑"
    assert article.meta["author"] == "纯洁的微笑"


def test_the_author_span_after_the_original_badge_still_names_another_writer(tmp_path):
    # fresh4 131 (上观新闻's WeChat page, the same markup): 原创： 高渊 beside the nickname 上观新闻.
    spans = "<span class=\"rich_media_meta rich_media_meta_text\">高渊</span>"
    article = load_text(tmp_path, "131.html", _wechat_page(spans, "上观新闻", CRAWLER_BODY))
    assert article.meta["author"] == "高渊"


BEIHU_BODY = ["國立臺北護理健康大學創校邁進74週年，今年校慶主題為「北護74．榮耀雙喜」，110年10月23日在石牌校區明倫館舉辦慶祝大會及運動賽事，"
              "當日上午於校慶大會後舉行學思樓及爾雅樓落成啟用典禮，貴賓雲集、醒獅賀慶，順利圓滿；現場參與貴賓有傑出校友與醫護界、產業界、"
              "教育領域、工程建築團隊等貴賓出席，共同見證與慶賀本校74歲生日。",
              "本校獲得教育部肯定，近年在高教深耕計畫每年獲得8千4百萬的補助經費，用於改善教學環境、教師創意教學與學生多元學習、"
              "使各項考照率領先全國；此外本校獲得QS STAR 五星級的評比，推動大學社會責任，未來定會讓北護大這塊招牌持續發光發熱發。"]


def _entry_page(meta_items: str) -> str:
    # fresh18 562 (a school e-paper on a Bootstrap blog template, Ntunhs_RWD_Periodical_e-News_System): h2.entry-title,
    # then div.entry-meta's list, then the text
    return ("<html><head><title>北護電子報</title></head><body><article class=\"entry entry-single\">"
            "<h2 class=\"entry-title\"><a href=\"blog-single.php\">北護74榮耀雙喜 學思爾雅二樓啟用</a></h2>"
            "<div class=\"entry-meta\"><ul>" + meta_items + "</ul></div><div class=\"entry-content\">"
            + "".join(f"<p>{paragraph}</p>" for paragraph in BEIHU_BODY) + "</div></article></body></html>")


def test_the_item_a_person_icon_opens_names_the_writer_after_her_office(tmp_path):
    items = ("<li class=\"d-flex align-items-center\"><i class=\"bi bi-person\"></i> <a href=\"blog-single.php\">教務處\n"
             "                      郭心怡</a></li>"
             "<li class=\"d-flex align-items-center\"><i class=\"bx bx-data\"></i> <a href=\"blog-single.php\">學務處</a></li>")
    assert load_text(tmp_path, "562.php", _entry_page(items)).meta["author"] == "郭心怡"


def test_an_item_a_person_icon_opens_that_names_no_person_names_no_writer(tmp_path):
    # dev3 207 (富达传媒's portal page): <i class="fa fa-user"></i>富达传媒 - the publisher, no writer
    items = "<li><i class=\"fa fa-user\"></i>富达传媒</li>"
    assert load_text(tmp_path, "207.php", _entry_page(items)).meta["author"] is None


def test_the_one_name_after_toutiao_s_original_badge_is_the_account_and_its_writer(tmp_path):
    # fresh14 472 (a 今日头条 page fragment): div.article-sub holds 原创, the self-media account 紫醉金迷 and the date;
    # the account writes its own posts, so its name is the byline too (the class of fresh18 580's 原创： 纯洁的微笑).
    text = ("<h1 class=\"article-title\">关键罚球不中湖人输球要让他来背锅？小托马斯：只是碰巧没有进</h1>"
            "<div class=\"article-sub\"><span class=\"original\">原创</span> <span>紫醉金迷</span> <span>2018-03-06 21:13:18</span></div>"
            "<div class=\"article-content\"><div><p>湖人连胜被终结，而且是被逆转的，这让很多球迷难以接受，非要找一个锅给谁来背。"
            "有的球迷把锅给到了沃顿，称：为什么在最后一分钟的时候上小托马斯而不上洛佩慈，导致了篮板丢失。有的球迷直接把锅甩到了小托马斯的头上：你这个毒瘤！</p>"
            "<p>本场比赛小托马斯出战30分钟，21投5中得到19分1篮板7助攻，其中三分球9投1中，整场比赛的正负值为-17，全场最低！</p></div></div>")
    article = load_text(tmp_path, "472.html", text)
    assert article.meta["outlet"] == "紫醉金迷"
    assert article.meta["author"] == "紫醉金迷"

"""Round 21 (loader21b): which lines are the article's captions, by structure across containers. Each rule is
exercised on seen articles of at least three source repositories (data/eval/<folder>/SOURCES.tsv); the expected
roles are written from the page, as its gold (data/eval/**/lines.tsv) labels them.
"""

from conftest import load, role_holding, shared_or_skip


def _shared(folder: str):
    return shared_or_skip(folder, "the loader21b tests read seen articles of ../shared")


def test_a_sentence_the_extractor_leaves_out_right_under_a_picture_in_the_article_is_its_caption():
    # BBC 中文网 (dev_corpus 50): div.image > img + p.caption between the article's paragraphs
    bbc = load(_shared("dev_corpus"), "50_bbc_chinese_cy_leung_apology.html")
    assert role_holding(bbc, "梁振英的山顶大宅于6月份被揭发存有违章建筑。") == ("caption", "image_caption")
    assert role_holding(bbc, "梁振英同时遭到泛民主派和亲北京阵营议员质问。") == ("caption", "image_caption")
    # 星島日報 (dev4 231, ayltai/hknews-backend): the lead photo's carousel caption under the headline
    singtao = load(_shared("dev4"), "231_singtao_us_tariff_25pct_zh-hant.html")
    assert role_holding(singtao, "中國外交部發言人耿爽警告，若美再加徵關稅，中方必然反制。") == ("caption", "image_caption")
    # ... while the teasers of other stories beside it, each a thumbnail and its text behind one link in a list, stay chrome
    assert role_holding(singtao, "中策集團(00235)發盈喜，預期首六個月將錄得溢利")[0] == "boilerplate"
    # 晴報 (fresh3 116, ayltai/hknews-backend) and 香港經濟日報 (fresh13 453, kelvinleong/surgical-mask-news-scraper): ▲ under the photo
    skypost = load(_shared("fresh3"), "116_skypost_hk_waste_charging_zh-hant.html")
    assert role_holding(skypost, "▲屋苑大廈每日處理大量垃圾，未來按照不同「入袋」方式") == ("caption", "image_caption")
    hket = load(_shared("fresh13"), "453_html_xianggangjingjiribao_mask_supply_updates_zh-hant.html")
    assert role_holding(hket, "屈臣氏宣布，即將到港的口罩盡快放上屈臣氏電子商店獨家售賣。") == ("caption", "image_caption")
    # 東方日報 (fresh4 126, ayltai/hknews): a.thickbox > img + ul.photoCaption, the photo and its caption behind one link
    oriental = load(_shared("fresh4"), "126_orientaldaily_market_rats_zh-hant.html")
    assert role_holding(oriental, "紅磡街市擺放垃圾位置有曱甴出沒。") == ("caption", "image_caption")
    # 新浪 (fresh10 372, sonyfe25cp/ParseEverything): the lead photo's caption with its photographer under the headline
    sina = load(_shared("fresh10"), "372_sina_changsha_li_yang_crazy_english_closure.html")
    assert role_holding(sina, "3月6日，两名学生来到原“李阳疯狂英语”长沙侯家塘校区") == ("caption", "image_caption")


def test_a_note_far_from_any_picture_or_a_prompt_under_an_icon_stays_chrome():
    # 观察者网 (dev3 200): the comment box's rule, ending a sentence in the article's stretch, shares no box with a picture
    guancha = load(_shared("dev3"), "200_guancha_ic_trade_deficit.html")
    assert role_holding(guancha, "请自觉遵守互联网相关的政策法规")[0] == "boilerplate"
    # 内蒙古 government portal (dev5 246): a login prompt under an icon is no statement about a picture
    nmg = load(_shared("dev5"), "246_nmg_gov_tax_relief.html")
    assert role_holding(nmg, "您还未登录，请登录后进行收藏！")[0] == "boilerplate"


def test_a_photo_credit_left_in_a_record_s_text_closes_the_caption_before_it():
    # 参考消息网 XML record (dev6 292, SuperWhw/Search-Engine): two captions and their credits glued into one short paragraph
    xml = load(_shared("dev6"), "292_cankaoxiaoxi_suzhou_foreign_investment.xml")
    assert role_holding(xml, "工程师在进行设备调试。（计海新 摄）") == ("caption", "image_caption")
    assert role_holding(xml, "流芳园扩建完成后对公众开放。（新华社发）") == ("caption", "image_caption")
    # 搜狐 JSON-lines record (fresh12 402, WeSeewy/Chinese-Clickbait): captions and credits with no sentence end between,
    # glued to the body; each stretch before 每经记者 X 摄 is a caption, the story after the last one stays body
    jsonl = load(_shared("fresh12"), "402_jsonl_meijingwang_sohu_haihua_island_demolition.txt")
    assert role_holding(jsonl, "个别楼栋已经做了简单装修 每经记者 陈荣浩 摄") == ("caption", "image_caption")
    assert role_holding(jsonl, "现场散落的涂料 每经记者 陈荣浩 摄") == ("caption", "image_caption")
    assert role_holding(jsonl, "近日，儋州市海花岛2号岛39栋楼被确定为违法建筑") == ("body", "text")
    # 聯合報 JSON record (fresh9 352, TaiwanStat/Taiwan-news-crawlers): 記者杜建重／攝影 closing the photo's paragraph
    udn = load(_shared("fresh9"), "352_json_udn_citizen_judges_draft_zh-hant.json")
    assert role_holding(udn, "司法院秘書長呂太郎(右)在記者會上表示") == ("caption", "image_caption")
    assert role_holding(udn, "國民法官到庭可支領日費、旅費和相關必要費用") == ("body", "text")
    # 网易 JSON record (fresh12 400, NIL-zhuang/cloud-computing-netease-news): 来自网络 after the caption
    netease = load(_shared("fresh12"), "400_json_pengpai_netease_missing_little_jack_ma.json")
    assert role_holding(netease, "“小马云”近照 来自网络") == ("caption", "image_caption")
    # Sogou corpus line (fresh8 336, nlpinaction/learning-nlp): a photo story's caption closed by 鄢玉红(湖北)摄影
    sogou = load(_shared("fresh8"), "336_sogouc_death_row_women_last_night_gb18030.txt")
    assert role_holding(sogou, "死囚室内的聚会。狱警和普通女犯(穿蓝囚服者)努力安慰") == ("caption", "image_caption")


def test_a_verb_of_photographing_or_a_photographer_named_in_a_sentence_is_no_credit():
    from zhnews.load.roles import closing_credit

    # hand-made from the shapes above: 拍摄 is a verb, 摄影师 a person, 摄影报道 a byline's end
    assert closing_credit().search("这些照片都是他用手机拍摄") is None
    assert closing_credit().search("。记者王强摄影报道") is None
    assert closing_credit().search("。他是一名摄影师") is None
    # a reporter's label and name before 摄影 inside a running sentence (tests/test_load_mend17b.py) is no credit either
    assert closing_credit().search("视觉中国是一家图片公司。新华社记者张三摄影多年，作品众多，广受好评。") is None
    assert closing_credit().search("工程师在进行设备调试。（计海新 摄）").group() == "（计海新 摄）"


def test_a_labelled_description_of_the_picture_is_a_caption():
    # 小道消息 WeChat markdown (fresh9 342): 题图： then 图为…, two sentences about the cover picture
    wechat = load(_shared("fresh9"), "342_wechat_xiaodaoxiaoxi_wang_lin_wu_xiaobo.md")
    assert role_holding(wechat, "题图：图为 1993 年底，在北京妙峰山高级气功强化培训班上") == ("caption", "image_caption")
    assert role_holding(wechat, "这就是历史上有名的信息锅") == ("caption", "image_caption")
    # 观察者网 JSON record (fresh11 382): 资料图：<who is pictured>, set as a heading in the record's HTML
    guancha = load(_shared("fresh11"), "382_json_guanchazhewang_ukraine_melnyk_china_mediation.json")
    assert role_holding(guancha, "资料图：乌克兰副外长梅尔尼克") == ("caption", "image_caption")


def test_a_screenshot_of_a_named_work_under_its_picture_is_a_caption():
    # 长江日报 page (fresh 64): the screenshot's line right under the <img>, as without one
    cjn = load(_shared("fresh"), "64_cjn_wuhan_golden_week.html")
    assert role_holding(cjn, "英国《泰晤士报》网站题为《蓬勃发展的武汉再次充满欢声笑语》的报道截图。") == ("caption", "image_caption")


def test_a_site_s_solemn_disclaimer_and_a_note_on_whom_the_pictures_came_from_are_chrome():
    # 东方财富 page kept by Omnivore (fresh16 511): **郑重声明：** then the disclaimer, under the article
    eastmoney = load(_shared("fresh16"), "511_page_dongfangcaifu_room_temperature_superconductor_stocks.md")
    assert role_holding(eastmoney, "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关") == ("boilerplate", "disclaimer")
    # 澎湃 story as plain text (fresh13 441): the pictures' source named under the headline
    sturgeon = load(_shared("fresh13"), "441_txt_pengpai_chinese_sturgeon_spawning_ground.txt")
    assert role_holding(sturgeon, "本文图片均来自陈兴王") == ("caption", "image_credit")


def test_a_line_under_a_picture_set_as_the_page_s_other_captions_is_a_caption():
    # 中国人民大学后勤集团 page (fresh3 109): <p style="text-align:center;…"> under each photo, body paragraphs indented
    ruc = load(_shared("fresh3"), "109_ruc_hqjt_intl_dorm_wang_ayi.html")
    assert role_holding(ruc, "值班前台桌子的玻璃下，就压着一张北京地铁路线图。") == ("caption", "image_caption")
    assert role_holding(ruc, "“Could you show me your passport, please?”")[0] == "body"
    # 腾讯 picture page (fresh9 345): p.pictext align=center, its siblings closed by a photographer's credit
    tencent = load(_shared("fresh9"), "345_tencent_dayoo_gzdaily_panyu_campus_security_gbk.html")
    assert role_holding(tencent, "安保大队配备直升机，如遇到突发状况可以调用。") == ("caption", "image_caption")
    # 娲石集团 news page (fresh16 531): grey centred lines under the photos, one of them a sentence
    wushi = load(_shared("fresh16"), "531_page_wushijituan_yangxin_cement_line_groundbreaking.html")
    assert role_holding(wushi, "开工仪式前，市县领导在娲石集团董事长魏华山的陪同下观看了项目展板。") == ("caption", "image_caption")
    # 凤凰网 column (fresh6 265): a question under a picture, set like the captions, is a section's heading
    ifeng = load(_shared("fresh6"), "265_ifeng_xiongling_marriage_column.html")
    assert role_holding(ifeng, "这是一段婚姻，还是打着婚姻旗号的利用？")[0] != "caption"


def test_a_paper_s_own_unbracketed_dateline_is_cut_off_the_first_sentence():
    # 人民日报 1996 as plain text (fresh14 461): the dateline and reporters glued to the lede, full-width digits
    paper = load(_shared("fresh14"), "461_txt_benbao_1996_pollution_total_control_green_project.txt")
    assert role_holding(paper, "本报北京７月１５日讯  记者李新彦、黄振中报道：") == ("byline", "dateline")
    assert role_holding(paper, "国家环保局局长解振华在今天开幕的第四次全国环境保护会议上作了")[0] == "body"

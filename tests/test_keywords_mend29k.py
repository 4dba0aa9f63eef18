"""Keywords mends of round 28 (branch mend29k), from fresh31's top tens: the shapes of the articles, made-up variants
of each shape, and near-misses that must keep their behaviour."""

from zhnews import keywords
from zhnews.keywords.tokens import _is_command_line

from keyword_helpers import phrase_weights as _phrases, top_keys as _keys, paragraph_texts as _texts


# --- a space between a Latin word and a Han word is typography: AI 编程 of fresh31 926, 927; LLM 提供商 of 927 ---


def test_a_spaced_latin_and_han_term_is_one_phrase():
    texts = {
        0: "开源版 Claude Code 来了",
        1: "最近一款 AI 编程工具火了，AI 编程的门槛越来越低。",
        2: "它是目前最强的 AI 编程组合之一，AI 编程体验拉满。",
        3: "有人说 AI 编程会改变程序员的工作。",
    }
    phrases = _phrases(texts, title_ids={0})
    assert "ai编程" in phrases and phrases["ai编程"].count >= 4


def test_a_spaced_han_and_latin_term_is_one_phrase_too():
    # Variant: a Latin word and a Han head in a sentence of its own (LLM 提供商, fresh31 927).
    texts = {
        0: "它支持 75 多个 LLM 提供商。",
        1: "通过 API 密钥可以使用任何 LLM 提供商，LLM 提供商的模型都能用。",
    }
    assert "llm提供商" in _phrases(texts)


def test_a_space_before_punctuation_still_ends_the_run():
    # Near-miss: a space before a clause mark or a number is no part of a word.
    texts = {
        0: "这个工具叫 OpenCode ，它是开源的。OpenCode 支持 75 个模型。",
        1: "OpenCode 的作者说，OpenCode 会一直开源。",
    }
    phrases = _phrases(texts)
    assert "opencode" in phrases
    assert not any(key.startswith("opencode") and key != "opencode" and "75" in key for key in phrases)


def test_a_han_word_before_a_latin_name_stays_apart():
    # Near-miss: 手机 Galaxy S20 (seen 39): the Han word says what kind of thing the name is, no term with it.
    texts = {
        0: "三星 Galaxy S20 发布",
        1: "三星发布了新款手机 Galaxy S20，手机 Galaxy S20 支持 5G。",
        2: "Galaxy S20 的屏幕很大，Galaxy S20 的价格不低。",
    }
    phrases = _phrases(texts, title_ids={0})
    assert "galaxy s20" in phrases
    assert not any(key.startswith("手机galaxy") for key in phrases)


# --- command lines of a tutorial feed no keyword: install, Linux, Windows of fresh31 927's install section ---


def test_install_commands_are_command_lines():
    for line in (
        "npm i -g opencode-ai@latest # or bun/pnpm/yarn",
        "scoop install opencode # Windows",
        "brew install opencode # macOS and Linux (official brew formula, updated less)",
        "npx oh-my-opencode install",
        "curl -fsSL https://opencode.ai/install | bash",
        "# Package managers",
    ):
        assert _is_command_line(line), line


def test_made_up_command_lines_with_han_placeholders():
    # Variants: fresh4 121's npx line with a Han placeholder, a git session, a prompt's $.
    assert _is_command_line("npx @insforge/install --client cursor --env API_KEY=你的Key")
    assert _is_command_line("git clone https://github.com/insforge/insforge.git")
    assert _is_command_line("$ pip install jieba")


def test_sentences_about_commands_are_no_command_lines():
    # Near-misses: prose that names a command, a Latin name opening a sentence, a hashtag, an English slogan.
    for line in (
        "npm 是 Node.js 的包管理器，用来安装依赖。",
        "git 是最流行的版本管理工具",
        "OpenCode 支持 macOS、Windows、Linux 操作系统",
        "opencode",
        "#话题# 今天",
        "Make America Great Again",
        "iPhone 15 -发布",
    ):
        assert not _is_command_line(line), line


def test_a_command_line_is_blanked_character_for_character():
    texts = _texts("安装 OpenCode", "scoop install opencode # Windows", "安装完成后进入 OpenCode。")
    assert texts[1] == " " * len("scoop install opencode # Windows")
    assert texts[2] == "安装完成后进入 OpenCode。"


def test_install_words_leave_the_keywords():
    texts = _texts(
        "OpenCode 安装指南",
        "OpenCode 是一个开源的编程工具，OpenCode 支持多种模型。",
        "scoop install opencode # Windows",
        "choco install opencode # Windows",
        "brew install opencode # macOS and Linux",
        "paru -S opencode-bin # Arch Linux",
        "安装完成后进入 OpenCode，OpenCode 会自动更新。",
    )
    keys = _keys(texts, title_ids={0})
    assert "opencode" in keys
    assert "install" not in keys and "linux" not in keys


# --- a project named after the one it serves: OpenCode and oh-my-opencode of fresh31 926, 927 ---

PLUGIN_ARTICLE = {
    0: "OpenCode 和它的插件",
    1: "OpenCode 是开源编程工具。OpenCode 支持终端。OpenCode 支持桌面。",
    2: "oh-my-opencode 是 OpenCode 的插件，oh-my-opencode 让 OpenCode 更强。",
    3: "安装 oh-my-opencode 之后，OpenCode 可以调用子代理。oh-my-opencode 还内置 LSP。",
    4: "OpenCode 加上 oh-my-opencode，是开源界最能打的组合。OpenCode 值得一试。",
}


def test_a_tool_and_the_plugin_named_after_it_are_two_tags():
    keys = _keys(PLUGIN_ARTICLE, title_ids={0})
    assert "opencode" in keys and "oh-my-opencode" in keys


def test_a_spaced_title_case_name_with_a_function_word_is_one_name():
    # Variant: Oh My OpenCode as 927's prose writes it, oh-my-opencode in its commands: one candidate, and Oh no fragment.
    texts = {
        0: "OpenCode 杀疯了",
        1: "OpenCode 是开源编程工具。OpenCode 支持终端。OpenCode 支持桌面。OpenCode 支持网页。",
        2: "同时火爆的还有 oh-my-opencode 插件。Oh My OpenCode 插件的核心理念是多代理协作。",
        3: "Oh My OpenCode 支持同时调用多个代理。再加上 Oh My OpenCode 这种插件，OpenCode 更强了。",
    }
    phrases = _phrases(texts, title_ids={0})
    merged = [key for key in phrases if key.replace("-", " ") == "oh my opencode"]
    assert len(merged) == 1 and phrases[merged[0]].count == 4
    assert "oh" not in phrases
    assert set(merged) <= set(_keys(texts, title_ids={0}))


def test_a_version_of_a_name_stays_one_tag_with_it():
    # Near-miss: COVID-19 and RISC-V are the name with a version; the part and the whole repeat each other.
    texts = {
        0: "RISC-V 芯片崛起",
        1: "RISC-V 是开放的指令集。RISC-V 芯片越来越多，RISC 架构的历史很长。",
        2: "RISC-V 基金会说，RISC-V 的生态在扩大。RISC 的意思是精简指令集。",
    }
    keys = _keys(texts, title_ids={0})
    assert not ("risc" in keys and "risc-v" in keys)


def test_a_maker_and_its_product_stay_one_tag():
    # Near-miss: Google Gemini (no function word) is Gemini with its maker's name.
    texts = {
        0: "Google Gemini 更新了",
        1: "Google Gemini 发布新版本。Gemini 支持多模态。Gemini 的用户在增长。",
        2: "Google Gemini 免费开放。Gemini 可以写代码。",
    }
    keys = _keys(texts, title_ids={0})
    assert not ("gemini" in keys and "google gemini" in keys)


# --- a title before a name: 意大利名将德蒂 of fresh31 922, where the editors tagged 德蒂 ---


def test_a_sports_role_before_a_name_leaves_the_name():
    texts = {
        0: "孙杨800米自由泳第五",
        1: "男子800米自由泳决赛中，意大利名将德蒂夺冠，孙杨排名第五。",
        2: "孙杨力压意大利名将德蒂获得过四连冠，这次德蒂赢了。",
        3: "德蒂赛后说，孙杨是伟大的选手。德蒂很尊重孙杨。",
    }
    keys = _keys(texts, title_ids={0})
    assert "德蒂" in keys
    assert "意大利名将德蒂" not in keys and "意大利名将" not in keys


def test_made_up_coach_before_a_name():
    # Variant: a team's coach, 主教练 before the name each time.
    texts = {
        0: "国足主教练伊万下课",
        1: "国足主教练伊万昨天宣布离任，伊万执教一年。",
        2: "国足主教练伊万说，他为球队骄傲。伊万的合同到期了。",
    }
    keys = _keys(texts, title_ids={0})
    assert "伊万" in keys and "国足主教练伊万" not in keys


# The near-miss of an organisation's office (国家统计局 + 新闻 + 发言人 before a name keeps 国家统计局, office_of) is
# test_keywords_mend26k.py's test_made_up_offices_of_organisations, which _introduces_a_person leaves green.

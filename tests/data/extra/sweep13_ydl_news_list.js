var news = {
    reason: "成功的返回",
    result: {
        stat: "1",
        data: [{
                date: "2022-05-25 08:41:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525084148_2fead47b90aa5b9f2fe2019bb6be208f_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "1死5伤，常州一居民楼爆炸致房屋坍塌，附近多家门店已面目全非……",
                url: "http://mini.eastday.com/nsa/220525084148857889865.html"
            },
            {
                date: "2022-05-25 10:36:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525103657_2001832fe2d4beb73251bb263b9838ad_1_mwpm_03201609.jpeg",
                source: "上观新闻",
                topic: "这个欧洲国家宣布进入战时紧急状态！",
                url: "http://mini.eastday.com/nsa/220525103657348492380.html"
            },
            {
                date: "2022-05-24 13:50:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524135048_d246b27107313a38bebb9783b68470bf_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "中国生物：牛痘已安全封存以备不时之需",
                url: "http://mini.eastday.com/nsa/220524135048807507151.html",
            },
            {
                date: "2022-05-24 19:50:00",
                img: "//dfzximg02.dftoutiao.com/minimodify/20220524/600x492_628cc67be7e78_mwpm_03201609.jpeg",
                source: "卓越科技",
                topic: "专家建议多用空气炸锅？营养师顾中：不同意",
                url: "http://mini.eastday.com/nsa/220524195020405639932.html",
            },
            {
                date: "2022-05-24 15:07:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524150729_d93f0cc774a942a8c112da18bbb00a0c_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "女子杀夫弃子逃亡23年被抓：系怀疑丈夫出轨，逃跑后又生育俩娃",
                url: "http://mini.eastday.com/nsa/220524150729762133877.html",
            },
            {
                date: "2022-05-25 08:41:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525084145_0a2c1652decfd6efd59aff92d29168b8_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "刚刚通报！辽宁新增11例本土无症状感染者！均为丹东市报告",
                url: "http://mini.eastday.com/nsa/220525084145991407341.html",
            },
            {
                date: "2022-05-25 09:30:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525093017_a0627d2a45cf9461c792f55a4f415ea2_1_mwpm_03201609.jpeg",
                source: "海外网",
                topic: "美媒：美国得州小学枪击事件已致21人死亡",
                url: "http://mini.eastday.com/nsa/220525093017732861772.html",
            },
            {
                date: "2022-05-25 09:07:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525090721_7efa42717d52ab8c4680c985352cf5da_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "今天缅怀杨绛",
                url: "http://mini.eastday.com/nsa/220525090721476708282.html",
            },
            {
                date: "2022-05-23 21:49:00",
                img: "//dfzximg02.dftoutiao.com/news/20220523/20220523214929_7feb1fb22604642d89e7b14ed8eaaed6_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "北京最新通报！本土新增63例，海淀一社区连续检出19人阳性",
                url: "http://mini.eastday.com/nsa/220523214929632151671.html",
            },
            {
                date: "2022-05-24 16:18:00",
                img: "//dfzximg02.dftoutiao.com/minimodify/20220524/1806x1016_628c94eef1260_mwpm_03201609.jpeg",
                source: "卓越科技",
                topic: "网红女主播雪梨被执行人冻结权益数额90万元",
                url: "http://mini.eastday.com/nsa/220524161855461140378.html",
            },
            {
                date: "2022-05-25 10:07:00",
                img: "//dfzximg02.dftoutiao.com/news/20220525/20220525100709_41b58eee83ca294995ee47a9ea52b5ed_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "天津和平区25日起实施全域静态管理 公交地铁不停靠",
                url: "http://mini.eastday.com/nsa/220525100709580293788.html",
            },
            {
                date: "2022-05-24 17:35:00",
                img: "//dfzximg02.dftoutiao.com/minimodify/20220524/600x289_628ca6f84f8a5_mwpm_03201609.jpeg",
                source: "卓越科技",
                topic: "民宿巨头爱彼迎退出中国大陆市场官方回应",
                url: "http://mini.eastday.com/nsa/220524173552713189918.html",
            },
            {

                date: "2022-05-24 10:42:00",
                img: "//dfzximg02.dftoutiao.com/minimodify/20220524/640x427_628c460af1a0c_mwpm_03201609.jpeg",
                source: "大叔谈娱乐",
                topic: "谷建芬吐槽那英：长了好嗓子，配着狗脑子",
                url: "http://mini.eastday.com/nsa/220524104219655590990.html",
            },
            {
                date: "2022-05-24 11:13:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524111333_90d0fa0798beb5f21ce3829f582851b5_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "魔性“可达鸭”刷屏后，可达鸭二手价炒到1300元",
                url: "http://mini.eastday.com/nsa/220524111333360862839.html",
            },
            {
                date: "2022-05-24 11:35:00",
                img: "//dfzximg02.dftoutiao.com/minimodify/20220524/660x660_628c528077b73_mwpm_03201609.jpeg",
                source: "娱乐资深家",
                topic: "刘昊然形象被顺天缘辣条侵权使用 维权胜诉获赔30万",
                url: "http://mini.eastday.com/nsa/220524113528858828626.html",
            },
            {
                date: "2022-05-24 14:41:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524144142_7a7c1a374ad01a3d4b66c61a2b2411f3_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "抄袭“只此青绿”，浙江少儿频道道歉",
                url: "http://mini.eastday.com/nsa/220524144142332905895.html",
            },
            {
                date: "2022-05-24 18:17:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524181742_ad3316a563381bb03791814f96d2fb59_1_mwpm_03201609.jpeg",
                source: "央视新闻",
                topic: "北京面向社会招募核酸采样志愿者",
                url: "http://mini.eastday.com/nsa/220524181742836195433.html",
            },
            {
                date: "2022-05-24 19:10:00",
                img: "//dfzximg02.dftoutiao.com/news/20220524/20220524191015_a65e2092ccc937b9f049e28435015838_1_mwpm_03201609.jpeg",
                source: "人民资讯",
                topic: "各地根据情况可提高住房公积金租房提取额度",
                url: "http://mini.eastday.com/nsa/220524191015356448504.html",
            }
        ]
    }
}
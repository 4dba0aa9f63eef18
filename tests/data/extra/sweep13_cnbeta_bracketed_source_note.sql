DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL COMMENT '标题',
  `text` text NOT NULL COMMENT '内容',
  `author` int(10) DEFAULT NULL COMMENT '编辑',
  `impnews` int(1) DEFAULT '0' COMMENT '是否推送到要闻',
  `slide` int(1) DEFAULT '0' COMMENT '是否推送到幻灯',
  `slideImg` varchar(255) DEFAULT NULL,
  `tag` varchar(255) DEFAULT NULL COMMENT '标签',
  `category` int(10) DEFAULT NULL COMMENT '分类',
  `views` int(10) DEFAULT '0' COMMENT '浏览次数',
  `searchs` int(10) DEFAULT '0' COMMENT '搜索次数',
  `created` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `updated` bigint(13) DEFAULT NULL COMMENT '修改时间',
  `review` int(4) DEFAULT NULL COMMENT '审核',
  `like` int(11) DEFAULT NULL COMMENT '点赞',
  PRIMARY KEY (`id`),
  KEY `authorId` (`author`),
  KEY `category` (`category`),
  CONSTRAINT `news_ibfk_1` FOREIGN KEY (`author`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `news_ibfk_2` FOREIGN KEY (`category`) REFERENCES `category` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1097 DEFAULT CHARSET=utf8;
INSERT INTO `news` VALUES ('793', '化解尴尬：微软重新推送面向AMD旧平台芯片漏洞补丁', '　　来源：cnBeta\r\n　　与英特尔相比，AMD处理器受“幽灵”和“熔毁”两个漏洞的影响要更小一些。但出于安全方面的考虑，软硬件厂商还是要合作推出补丁。比较尴尬的是，微软近期发布的更新，对AMD平台却不太友好。许多AMD用户反应，他们遇到了安装失败的情况，甚至导致系统陷入了死循环。好消息是，在紧急撤回补丁并作进一步调整之后，微软终于重推出了面向AMD平台的处理器漏洞补丁。\r\n<img>http://n.sinaimg.cn/tech/crawl/w512h431/20180112/okjW-fyqnick9520062.jpg</img>\r\n　　这个补丁的编号为KB4056892，自1月3号发布以来，其导致许多AMD机器无法使用。微软在分析后表示，遇到问题的仅限于那些能够运行Windows 10的旧款\"速龙X2”处理器。\r\n<img>http://n.sinaimg.cn/tech/crawl/w600h393/20180112/Bmze-fyqnick9523682.jpg</img>\r\n\r\n　　昨天，微软已经重新开始向AMD用户推送修改后的安全补丁，一周没有收到更新的老机器用户现在可以放心安装了。\r\n　　不过PC Gamer的Paul Lilly指出，微软将本次意外归咎于AMD公司的错误文档：\r\n　　我司已收到一些来自AMD设备用户的报告，其表示系统在安装安全补丁后进入了无法启动的状态。\r\n　　我们在调查后发现，部分AMD芯片组未能遵从此前提交给微软、用于开发减缓Spectre和Meltdown漏洞的文档。\r\n　　对此，AMD于本周早些时候向TheVerge 回应：\r\n　　双方均已意识到、并且正在制作一个更新，以解决这个问题。预计很快就可以向受影响的设备推送。\r\n　　[编译自：TechReport，来源：Microsoft]\r\n\r\n(function(){\n                            var adScript = document.createElement(\'script\');\n                            adScript.src = \'//d1.sina.com.cn/litong/zhitou/sinaads/demo/wenjing8/js/yl_left_hzh_20171020.js\';\n                            document.getElementsByTagName(\'head\')[0].appendChild(adScript);\n                        })();', null, '0', '0', null, '科技', '24', '0', '0', '1514449807796', '1514449807796', '1', '0');

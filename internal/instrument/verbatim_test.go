package instrument_test

// Golden texts transcribed from the project's reference sheet
// (../shared/reference/instruments.md: §1 BRS, §2 TCS, §3 WHO-5, §4 CBI, §6 SRQ-20 and
// §15 for the Indonesian SRQ-20, variant B, with "anda" written "Anda" as §15 directs, and
// §16's three wording fixes: "khawatir" (KBBI) with its comma, "terganggu atau buruk" and
// "lebih sering menangis daripada biasanya" for the English "more than usual").
// They were extracted from the sheet independently of questionnaires/*.yaml, so a test
// comparing the two catches any drift in either. Do not edit them to make a test pass.

var verbatimEN = map[string][]string{
	"who5": {
		"I have felt cheerful and in good spirits",
		"I have felt calm and relaxed",
		"I have felt active and vigorous",
		"I woke up feeling fresh and rested",
		"My daily life has been filled with things that interest me",
	},
	"brs": {
		"I tend to bounce back quickly after hard times",
		"I have a hard time making it through stressful events",
		"It does not take me long to recover from a stressful event",
		"It is hard for me to snap back when something bad happens",
		"I usually come through difficult times with little trouble",
		"I tend to take a long time to get over set-backs in my life",
	},
	"tcs": {
		"I am forced by this technology to work much faster.",
		"I am forced by this technology to do more work than I can handle.",
		"I am forced by this technology to work with very tight time schedules.",
		"I am forced to change my work habits to adapt to new technologies.",
		"I have a higher workload because of increased technology complexity.",
		"I spend less time with my family due to this technology.",
		"I have to be in touch with my work even during my vacation due to this technology.",
		"I have to sacrifice my vacation and weekend time to keep current on new technologies.",
		"I feel my personal life is being invaded by this technology.",
		"I do not know enough about this technology to handle my job satisfactorily.",
		"I need a long time to understand and use new technologies.",
		"I do not find enough time to study and upgrade my technology skills.",
		"I find new recruits to this organization know more about computer technology than I do.",
		"I often find it too complex for me to understand and use new technologies.",
		"I feel constant threat to my job security due to new technologies.",
		"I have to constantly update my skills to avoid being replaced.",
		"I am threatened by coworkers with newer technology skills.",
		"I do not share my knowledge with my coworkers for fear of being replaced.",
		"I feel there is less sharing of knowledge among coworkers for fear of being replaced.",
		"There are always new developments in the technologies we use in our organization.",
		"There are constant changes in computer software in our organization.",
		"There are constant changes in computer hardware in our organization.",
		"There are frequent upgrades in computer networks in our organization.",
	},
	"cbi": {
		"How often do you feel tired?",
		"How often are you physically exhausted?",
		"How often are you emotionally exhausted?",
		"How often do you think: \"I can't take it anymore\"?",
		"How often do you feel worn out?",
		"How often do you feel weak and susceptible to illness?",
		"Is your work emotionally exhausting?",
		"Do you feel burnt out because of your work?",
		"Does your work frustrate you?",
		"Do you feel worn out at the end of the working day?",
		"Are you exhausted in the morning at the thought of another day at work?",
		"Do you feel that every working hour is tiring for you?",
		"Do you have enough energy for family and friends during leisure time?",
		"Do you find it hard to work with clients?",
		"Do you find it frustrating to work with clients?",
		"Does it drain your energy to work with clients?",
		"Do you feel that you give more than you get back when you work with clients?",
		"Are you tired of working with clients?",
		"Do you sometimes wonder how long you will be able to continue working with clients?",
	},
	"srq20": {
		"Do you often have headaches?",
		"Is your appetite poor?",
		"Do you sleep badly?",
		"Are you easily frightened?",
		"Do your hands shake?",
		"Do you feel nervous, tense or worried?",
		"Is your digestion poor?",
		"Do you have trouble thinking clearly?",
		"Do you feel unhappy?",
		"Do you cry more than usual?",
		"Do you find it difficult to enjoy your daily activities?",
		"Do you find it difficult to make decisions?",
		"Is your daily work suffering?",
		"Are you unable to play a useful part in life?",
		"Have you lost interest in things?",
		"Do you feel that you are a worthless person?",
		"Has the thought of ending your life been on your mind?",
		"Do you feel tired all the time?",
		"Do you have uncomfortable feelings in your stomach?",
		"Are you easily tired?",
	},
}

// tcsCodes are the original item codes of the Ragu-Nathan et al. (2008) appendix.
var tcsCodes = []string{"I1_1", "I1_2", "I1_3", "I1_4", "I1_5", "I1_8", "I1_9", "I1_10", "I1_11", "I1_12", "I1_13", "I1_14", "I1_15", "I1_16", "I1_17", "I1_18", "I1_19", "I1_20", "I1_21", "I1_22", "I1_23", "I1_24", "I1_25"}

// srq20Indonesian pairs each Kemenkes item (by its position on the Indonesian form) with
// the English item it translates.
var srq20Indonesian = []struct {
	kemenkesNo int
	id, en     string
}{
	{1, "Apakah Anda sering menderita sakit kepala?", "Do you often have headaches?"},
	{2, "Apakah Anda tidak nafsu makan?", "Is your appetite poor?"},
	{3, "Apakah Anda sulit tidur?", "Do you sleep badly?"},
	{4, "Apakah Anda mudah takut?", "Are you easily frightened?"},
	{5, "Apakah Anda merasa tegang, cemas, atau khawatir?", "Do you feel nervous, tense or worried?"},
	{6, "Apakah tangan Anda gemetar?", "Do your hands shake?"},
	{7, "Apakah pencernaan Anda terganggu atau buruk?", "Is your digestion poor?"},
	{8, "Apakah Anda sulit untuk berpikir jernih?", "Do you have trouble thinking clearly?"},
	{9, "Apakah Anda merasa tidak bahagia?", "Do you feel unhappy?"},
	{10, "Apakah Anda lebih sering menangis daripada biasanya?", "Do you cry more than usual?"},
	{11, "Apakah Anda merasa sulit untuk menikmati kegiatan sehari-hari?", "Do you find it difficult to enjoy your daily activities?"},
	{12, "Apakah Anda sulit untuk mengambil keputusan?", "Do you find it difficult to make decisions?"},
	{13, "Apakah pekerjaan Anda sehari-hari terganggu?", "Is your daily work suffering?"},
	{14, "Apakah Anda tidak mampu melakukan hal-hal yang bermanfaat dalam hidup?", "Are you unable to play a useful part in life?"},
	{15, "Apakah Anda kehilangan minat pada berbagai hal?", "Have you lost interest in things?"},
	{16, "Apakah Anda merasa tidak berharga?", "Do you feel that you are a worthless person?"},
	{17, "Apakah Anda mempunyai pikiran untuk mengakhiri hidup?", "Has the thought of ending your life been on your mind?"},
	{18, "Apakah Anda merasa lelah sepanjang waktu?", "Do you feel tired all the time?"},
	{19, "Apakah Anda mengalami rasa tidak enak di perut?", "Do you have uncomfortable feelings in your stomach?"},
	{20, "Apakah Anda mudah lelah?", "Are you easily tired?"},
}

"""Wording of every reason code, Vietnamese then English. Codes are stable; wording may improve."""

MESSAGES: dict[str, tuple[str, str]] = {
    # salary.category
    "category_set": (
        "Ngạch {grade} xếp lương công chức loại {category}{group_vi}.",
        "Grade {grade} is paid on civil-servant category {category}{group_en}.",
    ),
    "category_not_set": (
        "Điều 78 không quy định loại lương cho ngạch {grade}.",
        "Art. 78 does not set the salary category of grade {grade}.",
    ),
    # exam.eligibility
    "not_citizen": ("Không phải công dân Việt Nam.", "Not a Vietnamese citizen."),
    "character": (
        "Chưa đáp ứng tiêu chuẩn trung thành, trung thực, liêm khiết, phẩm chất đạo đức tốt.",
        "Does not meet the standard of loyalty, honesty, integrity and good character.",
    ),
    "no_law_degree": ("Chưa có bằng cử nhân luật trở lên.", "No bachelor of law or higher."),
    "not_fit": ("Không đủ sức khỏe để làm nhiệm vụ.", "Not fit enough for the duties."),
    "legal_work_under_3_years": (
        "Thời gian làm công tác pháp luật dưới {years} năm.",
        "Less than {years} years of legal work.",
    ),
    "no_enforcement_training": (
        "Chưa được đào tạo nghiệp vụ thi hành án dân sự.",
        "Not trained in civil judgment enforcement.",
    ),
    "under_5_years_in_grade_below": (
        "Thời gian giữ ngạch {below} dưới {years} năm.",
        "Less than {years} years as {below}.",
    ),
    "criminal_prosecution": (
        "Đang bị truy cứu trách nhiệm hình sự.",
        "Being criminally prosecuted.",
    ),
    "disciplinary_review": (
        "Đang bị xem xét xử lý kỷ luật mà chưa có kết luận cuối cùng.",
        "Under a disciplinary review without a final conclusion.",
    ),
    "eligible": (
        "Đáp ứng đủ tiêu chuẩn dự thi ngạch {grade}.",
        "Meets every standard to sit the examination for {grade}.",
    ),
    # designation.without_exam
    "outside_window": (
        "Ngày quyết định {decision_date} ngoài thời gian từ {start} đến hết {end}.",
        "The decision date {decision_date} is outside {start} to {end} inclusive.",
    ),
    "not_district": (
        "Cơ quan không phải là cơ quan thi hành án dân sự cấp huyện.",
        "The authority is not a district office.",
    ),
    "provincial_capital_unit": (
        "Cơ quan là đơn vị thủ phủ của tỉnh.",
        "The authority is the unit seated in the provincial capital.",
    ),
    "coefficient_below_0_3": (
        "Hệ số phụ cấp khu vực {coefficient} thấp hơn {minimum}.",
        "The region allowance coefficient {coefficient} is below {minimum}.",
    ),
    "not_special_area": (
        "Cơ quan không thuộc biên giới, hải đảo, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn.",
        "The authority is not in a border, island or extremely disadvantaged area.",
    ),
    "not_on_appendix_list": (
        "Cơ quan không có trong danh sách tại Phụ lục.",
        "The authority is not on the Appendix list.",
    ),
    "commitment_under_5_years": (
        "Cam kết công tác {years} năm, dưới {minimum} năm.",
        "A commitment of {years} years, less than {minimum}.",
    ),
    "allowed": (
        "Đủ điều kiện bổ nhiệm Chấp hành viên không qua thi tuyển.",
        "Designation without examination is allowed.",
    ),
    # selection_board.decision
    "not_quorate": (
        "Có {present}/{members} thành viên tham gia, chưa đủ hai phần ba.",
        "{present} of {members} members present, fewer than two thirds.",
    ),
    "quorate": (
        "Có {present}/{members} thành viên tham gia, đủ hai phần ba.",
        "{present} of {members} members present, at least two thirds.",
    ),
    "not_majority": (
        "{votes_for}/{members} thành viên tán thành, chưa quá nửa tổng số thành viên.",
        "{votes_for} of {members} members voted for, not more than half of all members.",
    ),
    "passed": (
        "{votes_for}/{members} thành viên tán thành, quá nửa tổng số thành viên.",
        "{votes_for} of {members} members voted for, more than half of all members.",
    ),
    # relief.dossier
    "director_proposal_missing": (
        "Thiếu văn bản đề nghị miễn nhiệm của {director}.",
        "The written proposal of the {director} is missing.",
    ),
    "health_certificate_expired": (
        "Giấy chứng nhận sức khỏe cấp ngày {issued_on}, quá {months} tháng trước ngày {submitted_on}.",
        "The health certificate of {issued_on} is more than {months} months before {submitted_on}.",
    ),
    "dossier_complete": ("Hồ sơ đề nghị miễn nhiệm đầy đủ.", "The relief dossier is complete."),
    # inspection.recusal
    "recusal_a": (
        "Vợ, chồng, con đẻ, con nuôi của Thẩm tra viên.",
        "The inspector's spouse, biological or adopted child.",
    ),
    "recusal_b": (
        "Cha, mẹ, ông, bà, bác, chú, cậu, cô, dì hoặc anh, chị, em ruột của Thẩm tra viên hoặc của vợ, chồng Thẩm tra viên.",
        "A parent, grandparent, uncle or aunt, or sibling of the inspector or of the inspector's spouse.",
    ),
    "recusal_c": (
        "Cháu ruột mà Thẩm tra viên là ông, bà, bác, chú, cậu, cô, dì.",
        "A nephew, niece or grandchild of whom the inspector is grandparent, uncle or aunt.",
    ),
    "no_recusal": (
        "Quan hệ {path} không thuộc các trường hợp phải từ chối.",
        "The relationship {path} is not one that requires recusal.",
    ),
    # transfer.authority
    "military_staff": (
        "Cán bộ quân đội: theo quy định của Bộ Quốc phòng.",
        "Military staff: the Ministry of National Defence's rules apply.",
    ),
    "senior_inspector_without_post": (
        "Thẩm tra viên cao cấp không giữ chức vụ lãnh đạo.",
        "A senior inspector without a leadership post.",
    ),
    "post_appointed_by_minister": (
        "Đang giữ chức vụ lãnh đạo thuộc thẩm quyền bổ nhiệm của Bộ trưởng Bộ Tư pháp.",
        "Holds a leadership post that the Minister of Justice appoints.",
    ),
    "between_provinces": (
        "Điều động từ {from_unit} sang {to_unit}.",
        "A move from {from_unit} to {to_unit}.",
    ),
    "deputy_provincial_director": (
        "Chấp hành viên đang giữ chức vụ {post}.",
        "An enforcement officer holding the post of {post}.",
    ),
    "deputy_head_central_unit": (
        "Thẩm tra viên đang giữ chức vụ {post}.",
        "An inspector holding the post of {post}.",
    ),
    "within_province": (
        "Điều động trong địa bàn tỉnh {from_unit}.",
        "A move within the province {from_unit}.",
    ),
    "consult_appointer": (
        "Đang giữ chức vụ lãnh đạo: phải xin ý kiến người có thẩm quyền bổ nhiệm ({appointer}) trước.",
        "Holds a leadership post: the appointing authority ({appointer}) must be consulted first.",
    ),
    # leadership.standards
    "grade_too_low": (
        "Ngạch {grade} chưa đạt tiêu chuẩn: cần {required} trở lên.",
        "Grade {grade} is below the standard: {required} or above is required.",
    ),
    "integrity": (
        "Chưa đáp ứng tiêu chuẩn phẩm chất chính trị, đạo đức, lối sống.",
        "Does not meet the standard of political quality, ethics and integrity.",
    ),
    "experience": (
        "Chưa có kinh nghiệm thực tiễn về thi hành án dân sự.",
        "No practical experience of civil judgment enforcement.",
    ),
    "capacity": (
        "Chưa có năng lực điều hành và tổ chức thực hiện nhiệm vụ.",
        "Lacks the capacity to manage and organise the work.",
    ),
    "appointed_by_minister": (
        "Bộ trưởng Bộ Tư pháp bổ nhiệm {post}.",
        "The Minister of Justice appoints the {post}.",
    ),
    "appointed_as_delegated": (
        "Việc bổ nhiệm {post} thực hiện theo phân cấp của Bộ trưởng Bộ Tư pháp.",
        "The {post} is appointed as the Minister of Justice delegates.",
    ),
    "meets_standards": (
        "Đáp ứng tiêu chuẩn của chức vụ {post}.",
        "Meets the standards of the post of {post}.",
    ),
    # insignia.for, uniform.entitlement, military
    "governed_by_mod": (
        "Cán bộ quân đội: theo quy định của Bộ Quốc phòng.",
        "Military staff: governed by the Ministry of National Defence's rules.",
    ),
    "insignia_row": (
        "Cấp hiệu theo mục {point} Điều 81.",
        "Insignia per row {point} of Art. 81.",
    ),
    "shoulder_as_grade": (
        "Cấp hiệu trên cầu vai áo là cấp hiệu của ngạch đang giữ (mục {point} Điều 81).",
        "The shoulder board is that of the grade held (row {point} of Art. 81).",
    ),
    "lapel_of_post": (
        "Cấp hiệu trên ve áo theo chức vụ (mục {point} Điều 81).",
        "The lapel insignia is that of the post (row {point} of Art. 81).",
    ),
    "winter_jacket_not_due": (
        "Áo chống rét mùa đông chỉ cấp cho công chức, viên chức, người lao động hợp đồng không xác định thời hạn thuộc {region}.",
        "The winter anti-cold jacket is only for civil servants, public employees and indefinite-term contract staff of {region}.",
    ),
    "before_first_issue": (
        "Năm {year} trước lần cấp đầu tiên ({first_issue_on}).",
        "The year {year} is before the first issue ({first_issue_on}).",
    ),
    "items_due": (
        "Có {count} loại trang phục đến niên hạn trong năm {year}.",
        "{count} items fall due in {year}.",
    ),
    "ceremonial_period": (
        "{item} không có trong danh mục tại khoản 2 Điều 82 nhưng có niên hạn tại khoản 1 Điều 83 nên được cấp theo niên hạn đó.",
        "The {item} is not listed in Art. 82.2 but has a period in Art. 83.1, so it is issued per that period.",
    ),
    # support_tool.recipient, card.kind
    "enforcement_officer": (
        "Chấp hành viên được giao công cụ hỗ trợ.",
        "Enforcement officers receive support tools.",
    ),
    "not_enforcement_officer": (
        "Chỉ Chấp hành viên được giao công cụ hỗ trợ; ngạch {grade} không được giao.",
        "Only enforcement officers receive support tools; grade {grade} does not.",
    ),
    "officer_card": (
        "Chấp hành viên được cấp thẻ Chấp hành viên.",
        "Enforcement officers receive an officer's card.",
    ),
    "inspector_card": (
        "Thẩm tra viên được cấp thẻ Thẩm tra viên.",
        "Inspectors receive an inspector's card.",
    ),
    "no_card": ("Ngạch {grade} không được cấp thẻ.", "Grade {grade} receives no card."),
    # enforcement.revaluation
    "no_request": ("Không có đương sự yêu cầu định giá lại.", "No party asked for a revaluation."),
    "change_below_threshold": (
        "Giá trị thay đổi {ratio}, dưới {threshold}.",
        "The value changed by {ratio}, less than {threshold}.",
    ),
    "change_at_or_above_threshold": (
        "Giá trị thay đổi {ratio}, từ {threshold} trở lên.",
        "The value changed by {ratio}, {threshold} or more.",
    ),
    # enforcement.auction_decision
    "paid_in_full": ("Người phải thi hành án đã nộp đủ tiền.", "The sum has been paid in full."),
    "period_running": (
        "Thời hạn {days} ngày chưa hết; được ra quyết định từ ngày {earliest_on}.",
        "The {days}-day period has not ended; a decision may be made from {earliest_on}.",
    ),
    "period_ended": (
        "Đã hết thời hạn {days} ngày kể từ ngày nhận văn bản yêu cầu mà chưa nộp đủ tiền.",
        "{days} days have passed since the written demand was received and the sum is unpaid.",
    ),
    # selection_board.composition
    "role_missing": (
        "Hội đồng không có {role}.",
        "The board has no {role}.",
    ),
    "role_duplicated": (
        "Có {count} người giữ vị trí {role}; vị trí này chỉ có một người.",
        "{count} people hold the seat of {role}; the seat is held by one.",
    ),
    "composition_valid": (
        "Thành phần Hội đồng tuyển chọn đúng khoản 4 Điều 63.",
        "The selection board is composed as Art. 63.4 says.",
    ),
    # removal.grounds
    "violation_in_enforcement": (
        "Vi phạm quy định của pháp luật trong quá trình tổ chức thi hành án chưa đến mức bị buộc thôi việc hoặc truy cứu trách nhiệm hình sự nhưng cần áp dụng hình thức kỷ luật cách chức.",
        "A violation of the law in enforcement, not grave enough for forced dismissal or prosecution, that warrants removal.",
    ),
    "serious_breach_art21": (
        "Vi phạm nghiêm trọng quy định tại Điều 21 Luật Thi hành án dân sự, cần áp dụng hình thức kỷ luật cách chức.",
        "A serious breach of Art. 21 of the Law on Civil Judgment Enforcement that warrants removal.",
    ),
    "removal_ground_missing": (
        "Chưa nêu căn cứ cách chức (khoản 1 hoặc khoản 2 Điều 65).",
        "No ground of removal is given (Art. 65.1 or 65.2).",
    ),
    "removal_not_officer": (
        "Ngạch {grade} không phải Chấp hành viên: chỉ Chấp hành viên bị cách chức Chấp hành viên.",
        "Grade {grade} is not an enforcement officer: only officers are removed from the post.",
    ),
    # inspector.designation
    "inspector_designation": (
        "Bổ nhiệm vào ngạch {grade}.",
        "Designation into the grade of {grade}.",
    ),
    "inspector_promotion": (
        "Nâng ngạch từ {current} lên {grade}.",
        "Promotion from {current} to {grade}.",
    ),
    "inspector_military": (
        "Thẩm tra viên trong quân đội: Hội đồng xét duyệt của Bộ Quốc phòng đề nghị Bộ trưởng Bộ Tư pháp bổ nhiệm.",
        "A military inspector: the MoD's board proposes the designation to the Minister of Justice.",
    ),
    "already_in_grade": (
        "Người này đang giữ ngạch {grade}.",
        "The person already holds the grade of {grade}.",
    ),
    "not_next_grade": (
        "Nâng ngạch từ {current} chỉ lên ngạch liền trên: {next}.",
        "A promotion from {current} goes only to the next grade: {next}.",
    ),
    # secretary.designation_authority
    "secretary_civil": (
        "Thư ký thi hành án của cơ quan thi hành án dân sự do {signer} bổ nhiệm theo phân cấp quản lý công chức của Bộ trưởng Bộ Tư pháp.",
        "A civil enforcement secretary is designated by the {signer}, as the Minister of Justice delegates the management of civil servants.",
    ),
    "secretary_military": (
        "Thư ký thi hành án trong quân đội: theo quy định của Bộ trưởng Bộ Quốc phòng.",
        "A military enforcement secretary: the Minister of National Defence's rules apply.",
    ),
    # leadership.appointer
    "appointer_by_delegation": (
        "Theo phân cấp của Bộ trưởng Bộ Tư pháp, {post} do {appointer} bổ nhiệm.",
        "As the Minister of Justice delegates, the {post} is appointed by the {appointer}.",
    ),
    # card.validity
    "card_validity": (
        "Thẻ có giá trị {years} năm kể từ ngày cấp, đến hết ngày {valid_until}.",
        "The card is valid for {years} years from its issue, until {valid_until}.",
    ),
    # operation.risk
    "incident_same_parties": (
        "Đã xảy ra sự cố ({kind}) với cùng đương sự: +{weight} điểm.",
        "An earlier incident ({kind}) with the same parties: score +{weight}.",
    ),
    "incident_same_place": (
        "Đã xảy ra sự cố ({kind}) tại cùng địa điểm: +{weight} điểm.",
        "An earlier incident ({kind}) at the same place: score +{weight}.",
    ),
    "relatives_threatened": (
        "Sự cố nhắm vào người thân của cán bộ: +{weight} điểm.",
        "The incident targeted relatives of staff: score +{weight}.",
    ),
    "hazard_without_power_company": (
        "Đã từng có hành vi gây nguy hiểm mà kế hoạch không đề nghị ngành điện tham gia: +{weight} điểm.",
        "A hazard was set up before and the power company is not asked to take part: score +{weight}.",
    ),
    "few_police": (
        "Đã từng có bạo lực, cản trở hoặc tụ tập đông người mà kế hoạch đề nghị ít hơn {minimum} công an: +{weight} điểm.",
        "Violence, obstruction or a crowd happened before and fewer than {minimum} police officers are asked for: score +{weight}.",
    ),
    "no_history": (
        "Không có sự cố nào với cùng đương sự hoặc tại cùng địa điểm.",
        "No incident recorded with these parties or at this place.",
    ),
    "risk_level": (
        "Tổng {score} điểm: mức rủi ro {level}.",
        "{score} points in all: {level} risk.",
    ),
}

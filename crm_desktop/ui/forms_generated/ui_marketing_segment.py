# Generated from forms/marketing_segment.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marketing_segment.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SegmentDialog(object):
    def setupUi(self, SegmentDialog):
        if not SegmentDialog.objectName():
            SegmentDialog.setObjectName(u"SegmentDialog")
        SegmentDialog.resize(620, 640)
        self.layout = QVBoxLayout(SegmentDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(SegmentDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(SegmentDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(SegmentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(SegmentDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.company_kinds_label = QLabel(SegmentDialog)
        self.company_kinds_label.setObjectName(u"company_kinds_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.company_kinds_label)

        self.company_kinds_row = QHBoxLayout()
        self.company_kinds_row.setObjectName(u"company_kinds_row")
        self.kind_client = QCheckBox(SegmentDialog)
        self.kind_client.setObjectName(u"kind_client")

        self.company_kinds_row.addWidget(self.kind_client)

        self.kind_prospect = QCheckBox(SegmentDialog)
        self.kind_prospect.setObjectName(u"kind_prospect")

        self.company_kinds_row.addWidget(self.kind_prospect)

        self.kind_partner = QCheckBox(SegmentDialog)
        self.kind_partner.setObjectName(u"kind_partner")

        self.company_kinds_row.addWidget(self.kind_partner)

        self.kind_supplier = QCheckBox(SegmentDialog)
        self.kind_supplier.setObjectName(u"kind_supplier")

        self.company_kinds_row.addWidget(self.kind_supplier)

        self.kinds_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.company_kinds_row.addItem(self.kinds_spacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.company_kinds_row)

        self.tags_label = QLabel(SegmentDialog)
        self.tags_label.setObjectName(u"tags_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(SegmentDialog)
        self.tags.setObjectName(u"tags")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tags)

        self.lead_sources_label = QLabel(SegmentDialog)
        self.lead_sources_label.setObjectName(u"lead_sources_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lead_sources_label)

        self.lead_sources = QLineEdit(SegmentDialog)
        self.lead_sources.setObjectName(u"lead_sources")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lead_sources)

        self.responsible_label = QLabel(SegmentDialog)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QComboBox(SegmentDialog)
        self.responsible.setObjectName(u"responsible")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.city_label = QLabel(SegmentDialog)
        self.city_label.setObjectName(u"city_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(SegmentDialog)
        self.city.setObjectName(u"city")
        self.city.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.city)

        self.contact_label = QLabel(SegmentDialog)
        self.contact_label.setObjectName(u"contact_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact_row = QHBoxLayout()
        self.contact_row.setObjectName(u"contact_row")
        self.contact_mode = QComboBox(SegmentDialog)
        self.contact_mode.setObjectName(u"contact_mode")

        self.contact_row.addWidget(self.contact_mode)

        self.contact_days = QSpinBox(SegmentDialog)
        self.contact_days.setObjectName(u"contact_days")
        self.contact_days.setMinimum(1)
        self.contact_days.setMaximum(3650)
        self.contact_days.setValue(90)

        self.contact_row.addWidget(self.contact_days)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.contact_row)

        self.won_label = QLabel(SegmentDialog)
        self.won_label.setObjectName(u"won_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.won_label)

        self.won_row = QHBoxLayout()
        self.won_row.setObjectName(u"won_row")
        self.won_min = QLineEdit(SegmentDialog)
        self.won_min.setObjectName(u"won_min")

        self.won_row.addWidget(self.won_min)

        self.won_to_label = QLabel(SegmentDialog)
        self.won_to_label.setObjectName(u"won_to_label")

        self.won_row.addWidget(self.won_to_label)

        self.won_max = QLineEdit(SegmentDialog)
        self.won_max.setObjectName(u"won_max")

        self.won_row.addWidget(self.won_max)

        self.won_currency = QComboBox(SegmentDialog)
        self.won_currency.setObjectName(u"won_currency")
        self.won_currency.setEditable(True)

        self.won_row.addWidget(self.won_currency)

        self.won_months = QSpinBox(SegmentDialog)
        self.won_months.setObjectName(u"won_months")
        self.won_months.setMinimum(1)
        self.won_months.setMaximum(120)
        self.won_months.setValue(12)

        self.won_row.addWidget(self.won_months)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.won_row)

        self.open_deals_label = QLabel(SegmentDialog)
        self.open_deals_label.setObjectName(u"open_deals_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.open_deals_label)

        self.open_deals = QComboBox(SegmentDialog)
        self.open_deals.setObjectName(u"open_deals")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.open_deals)

        self.abc_label = QLabel(SegmentDialog)
        self.abc_label.setObjectName(u"abc_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.abc_label)

        self.abc_row = QHBoxLayout()
        self.abc_row.setObjectName(u"abc_row")
        self.abc_a = QCheckBox(SegmentDialog)
        self.abc_a.setObjectName(u"abc_a")
        self.abc_a.setText(u"A")

        self.abc_row.addWidget(self.abc_a)

        self.abc_b = QCheckBox(SegmentDialog)
        self.abc_b.setObjectName(u"abc_b")
        self.abc_b.setText(u"B")

        self.abc_row.addWidget(self.abc_b)

        self.abc_c = QCheckBox(SegmentDialog)
        self.abc_c.setObjectName(u"abc_c")
        self.abc_c.setText(u"C")

        self.abc_row.addWidget(self.abc_c)

        self.abc_none = QCheckBox(SegmentDialog)
        self.abc_none.setObjectName(u"abc_none")

        self.abc_row.addWidget(self.abc_none)

        self.abc_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.abc_row.addItem(self.abc_spacer)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.abc_row)

        self.xyz_label = QLabel(SegmentDialog)
        self.xyz_label.setObjectName(u"xyz_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.xyz_label)

        self.xyz_row = QHBoxLayout()
        self.xyz_row.setObjectName(u"xyz_row")
        self.xyz_x = QCheckBox(SegmentDialog)
        self.xyz_x.setObjectName(u"xyz_x")
        self.xyz_x.setText(u"X")

        self.xyz_row.addWidget(self.xyz_x)

        self.xyz_y = QCheckBox(SegmentDialog)
        self.xyz_y.setObjectName(u"xyz_y")
        self.xyz_y.setText(u"Y")

        self.xyz_row.addWidget(self.xyz_y)

        self.xyz_z = QCheckBox(SegmentDialog)
        self.xyz_z.setObjectName(u"xyz_z")
        self.xyz_z.setText(u"Z")

        self.xyz_row.addWidget(self.xyz_z)

        self.xyz_none = QCheckBox(SegmentDialog)
        self.xyz_none.setObjectName(u"xyz_none")

        self.xyz_row.addWidget(self.xyz_none)

        self.xyz_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.xyz_row.addItem(self.xyz_spacer)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.xyz_row)

        self.campaign_label = QLabel(SegmentDialog)
        self.campaign_label.setObjectName(u"campaign_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.campaign_label)

        self.campaign = QComboBox(SegmentDialog)
        self.campaign.setObjectName(u"campaign")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.campaign)

        self.archived_label = QLabel(SegmentDialog)
        self.archived_label.setObjectName(u"archived_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.archived_label)

        self.include_archived = QCheckBox(SegmentDialog)
        self.include_archived.setObjectName(u"include_archived")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.include_archived)

        self.notes_label = QLabel(SegmentDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(SegmentDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.matches = QLabel(SegmentDialog)
        self.matches.setObjectName(u"matches")

        self.layout.addWidget(self.matches)

        self.buttons = QDialogButtonBox(SegmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.tags_label.setBuddy(self.tags)
        self.lead_sources_label.setBuddy(self.lead_sources)
        self.responsible_label.setBuddy(self.responsible)
        self.city_label.setBuddy(self.city)
        self.contact_label.setBuddy(self.contact_mode)
        self.won_label.setBuddy(self.won_min)
        self.open_deals_label.setBuddy(self.open_deals)
        self.campaign_label.setBuddy(self.campaign)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SegmentDialog)

        QMetaObject.connectSlotsByName(SegmentDialog)
    # setupUi

    def retranslateUi(self, SegmentDialog):
        SegmentDialog.setWindowTitle(QCoreApplication.translate("SegmentDialog", u"Segment", None))
        self.name_label.setText(QCoreApplication.translate("SegmentDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"e.g. Regular wholesale buyers in Moscow", None))
        self.kind_label.setText(QCoreApplication.translate("SegmentDialog", u"&Who", None))
        self.company_kinds_label.setText(QCoreApplication.translate("SegmentDialog", u"Company type", None))
        self.kind_client.setText(QCoreApplication.translate("SegmentDialog", u"client", None))
        self.kind_prospect.setText(QCoreApplication.translate("SegmentDialog", u"prospect", None))
        self.kind_partner.setText(QCoreApplication.translate("SegmentDialog", u"partner", None))
        self.kind_supplier.setText(QCoreApplication.translate("SegmentDialog", u"supplier", None))
        self.tags_label.setText(QCoreApplication.translate("SegmentDialog", u"&Tags (any of)", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"separated by commas", None))
        self.lead_sources_label.setText(QCoreApplication.translate("SegmentDialog", u"&Lead sources", None))
        self.lead_sources.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"separated by commas", None))
        self.responsible_label.setText(QCoreApplication.translate("SegmentDialog", u"&Responsible", None))
        self.city_label.setText(QCoreApplication.translate("SegmentDialog", u"&City or region", None))
        self.city.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"found in the address", None))
        self.contact_label.setText(QCoreApplication.translate("SegmentDialog", u"&Last contact", None))
        self.contact_days.setSuffix(QCoreApplication.translate("SegmentDialog", u" days", None))
        self.won_label.setText(QCoreApplication.translate("SegmentDialog", u"&Won, from", None))
        self.won_min.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"any", None))
        self.won_to_label.setText(QCoreApplication.translate("SegmentDialog", u"to", None))
        self.won_max.setPlaceholderText(QCoreApplication.translate("SegmentDialog", u"any", None))
        self.won_months.setPrefix(QCoreApplication.translate("SegmentDialog", u"in ", None))
        self.won_months.setSuffix(QCoreApplication.translate("SegmentDialog", u" months", None))
        self.open_deals_label.setText(QCoreApplication.translate("SegmentDialog", u"&Open deals", None))
        self.abc_label.setText(QCoreApplication.translate("SegmentDialog", u"ABC class", None))
        self.abc_none.setText(QCoreApplication.translate("SegmentDialog", u"no purchases", None))
        self.xyz_label.setText(QCoreApplication.translate("SegmentDialog", u"XYZ class", None))
        self.xyz_none.setText(QCoreApplication.translate("SegmentDialog", u"no class", None))
        self.campaign_label.setText(QCoreApplication.translate("SegmentDialog", u"C&ampaign", None))
        self.archived_label.setText("")
        self.include_archived.setText(QCoreApplication.translate("SegmentDialog", u"include archived clients", None))
        self.notes_label.setText(QCoreApplication.translate("SegmentDialog", u"N&otes", None))
        self.matches.setText("")
    # retranslateUi

# Generated from forms/marketing_campaign.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marketing_campaign.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(520, 470)
        self.layout = QVBoxLayout(CampaignDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(CampaignDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(CampaignDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.channel_label = QLabel(CampaignDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(CampaignDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel)

        self.period_label = QLabel(CampaignDialog)
        self.period_label.setObjectName(u"period_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_row = QHBoxLayout()
        self.period_row.setObjectName(u"period_row")
        self.has_period = QCheckBox(CampaignDialog)
        self.has_period.setObjectName(u"has_period")

        self.period_row.addWidget(self.has_period)

        self.starts_on = QDateEdit(CampaignDialog)
        self.starts_on.setObjectName(u"starts_on")
        self.starts_on.setCalendarPopup(True)

        self.period_row.addWidget(self.starts_on)

        self.to_label = QLabel(CampaignDialog)
        self.to_label.setObjectName(u"to_label")

        self.period_row.addWidget(self.to_label)

        self.ends_on = QDateEdit(CampaignDialog)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)

        self.period_row.addWidget(self.ends_on)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.period_row)

        self.cost_label = QLabel(CampaignDialog)
        self.cost_label.setObjectName(u"cost_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cost_label)

        self.cost_row = QHBoxLayout()
        self.cost_row.setObjectName(u"cost_row")
        self.cost = QLineEdit(CampaignDialog)
        self.cost.setObjectName(u"cost")
        self.cost.setMaxLength(30)

        self.cost_row.addWidget(self.cost)

        self.currency = QComboBox(CampaignDialog)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.cost_row.addWidget(self.currency)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.cost_row)

        self.segment_label = QLabel(CampaignDialog)
        self.segment_label.setObjectName(u"segment_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.segment_label)

        self.segment = QComboBox(CampaignDialog)
        self.segment.setObjectName(u"segment")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.segment)

        self.lead_source_label = QLabel(CampaignDialog)
        self.lead_source_label.setObjectName(u"lead_source_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lead_source_label)

        self.lead_source = QComboBox(CampaignDialog)
        self.lead_source.setObjectName(u"lead_source")
        self.lead_source.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lead_source)

        self.code_label = QLabel(CampaignDialog)
        self.code_label.setObjectName(u"code_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(CampaignDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(100)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.code)

        self.responsible_label = QLabel(CampaignDialog)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QComboBox(CampaignDialog)
        self.responsible.setObjectName(u"responsible")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.notes_label = QLabel(CampaignDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(CampaignDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(CampaignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.channel_label.setBuddy(self.channel)
        self.period_label.setBuddy(self.has_period)
        self.cost_label.setBuddy(self.cost)
        self.segment_label.setBuddy(self.segment)
        self.lead_source_label.setBuddy(self.lead_source)
        self.code_label.setBuddy(self.code)
        self.responsible_label.setBuddy(self.responsible)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignDialog)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"Campaign", None))
        self.name_label.setText(QCoreApplication.translate("CampaignDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"e.g. Metal Expo 2026", None))
        self.channel_label.setText(QCoreApplication.translate("CampaignDialog", u"C&hannel", None))
        self.period_label.setText(QCoreApplication.translate("CampaignDialog", u"&Period", None))
        self.has_period.setText(QCoreApplication.translate("CampaignDialog", u"from", None))
        self.to_label.setText(QCoreApplication.translate("CampaignDialog", u"to", None))
        self.cost_label.setText(QCoreApplication.translate("CampaignDialog", u"&Cost", None))
        self.cost.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"150 000,00", None))
        self.segment_label.setText(QCoreApplication.translate("CampaignDialog", u"&Target segment", None))
        self.lead_source_label.setText(QCoreApplication.translate("CampaignDialog", u"&Lead source", None))
        self.code_label.setText(QCoreApplication.translate("CampaignDialog", u"&Code (utm_campaign)", None))
        self.code.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"what the web form passes, e.g. expo2026", None))
        self.responsible_label.setText(QCoreApplication.translate("CampaignDialog", u"&Responsible", None))
        self.notes_label.setText(QCoreApplication.translate("CampaignDialog", u"N&otes", None))
    # retranslateUi

# Generated from forms/deal_form.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deal_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DealForm(object):
    def setupUi(self, DealForm):
        if not DealForm.objectName():
            DealForm.setObjectName(u"DealForm")
        DealForm.resize(480, 420)
        self.layout = QVBoxLayout(DealForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title_label = QLabel(DealForm)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(DealForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.company_label = QLabel(DealForm)
        self.company_label.setObjectName(u"company_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company = QLineEdit(DealForm)
        self.company.setObjectName(u"company")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.company)

        self.amount_label = QLabel(DealForm)
        self.amount_label.setObjectName(u"amount_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_row = QHBoxLayout()
        self.amount_row.setObjectName(u"amount_row")
        self.amount = QLineEdit(DealForm)
        self.amount.setObjectName(u"amount")

        self.amount_row.addWidget(self.amount)

        self.currency = QComboBox(DealForm)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.amount_row.addWidget(self.currency)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.amount_row)

        self.pipeline_label = QLabel(DealForm)
        self.pipeline_label.setObjectName(u"pipeline_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pipeline_label)

        self.pipeline = QComboBox(DealForm)
        self.pipeline.setObjectName(u"pipeline")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pipeline)

        self.stage_label = QLabel(DealForm)
        self.stage_label.setObjectName(u"stage_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stage_label)

        self.stage = QComboBox(DealForm)
        self.stage.setObjectName(u"stage")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stage)

        self.loss_reason_label = QLabel(DealForm)
        self.loss_reason_label.setObjectName(u"loss_reason_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.loss_reason_label)

        self.loss_reason = QComboBox(DealForm)
        self.loss_reason.setObjectName(u"loss_reason")
        self.loss_reason.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.loss_reason)

        self.expected_close_label = QLabel(DealForm)
        self.expected_close_label.setObjectName(u"expected_close_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expected_close_label)

        self.close_row = QHBoxLayout()
        self.close_row.setObjectName(u"close_row")
        self.expected_close = QLineEdit(DealForm)
        self.expected_close.setObjectName(u"expected_close")
        self.expected_close.setMaximumWidth(170)

        self.close_row.addWidget(self.expected_close)

        self.close_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.close_row.addItem(self.close_spacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.close_row)

        self.responsible_label = QLabel(DealForm)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QComboBox(DealForm)
        self.responsible.setObjectName(u"responsible")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.source_label = QLabel(DealForm)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(DealForm)
        self.source.setObjectName(u"source")
        self.source.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.source)

        self.next_step_label = QLabel(DealForm)
        self.next_step_label.setObjectName(u"next_step_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.next_step_label)

        self.next_step = QLineEdit(DealForm)
        self.next_step.setObjectName(u"next_step")
        self.next_step.setMaxLength(500)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.next_step)

        self.next_step_at_label = QLabel(DealForm)
        self.next_step_at_label.setObjectName(u"next_step_at_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.next_step_at_label)

        self.next_row = QHBoxLayout()
        self.next_row.setObjectName(u"next_row")
        self.next_step_at = QLineEdit(DealForm)
        self.next_step_at.setObjectName(u"next_step_at")
        self.next_step_at.setMaximumWidth(170)

        self.next_row.addWidget(self.next_step_at)

        self.next_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_row.addItem(self.next_spacer)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.next_row)


        self.layout.addLayout(self.form)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.company_label.setBuddy(self.company)
        self.amount_label.setBuddy(self.amount)
        self.pipeline_label.setBuddy(self.pipeline)
        self.stage_label.setBuddy(self.stage)
        self.loss_reason_label.setBuddy(self.loss_reason)
        self.expected_close_label.setBuddy(self.expected_close)
        self.responsible_label.setBuddy(self.responsible)
        self.source_label.setBuddy(self.source)
        self.next_step_label.setBuddy(self.next_step)
        self.next_step_at_label.setBuddy(self.next_step_at)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.company)
        QWidget.setTabOrder(self.company, self.amount)
        QWidget.setTabOrder(self.amount, self.currency)
        QWidget.setTabOrder(self.currency, self.pipeline)
        QWidget.setTabOrder(self.pipeline, self.stage)
        QWidget.setTabOrder(self.stage, self.loss_reason)
        QWidget.setTabOrder(self.loss_reason, self.expected_close)
        QWidget.setTabOrder(self.expected_close, self.responsible)
        QWidget.setTabOrder(self.responsible, self.source)
        QWidget.setTabOrder(self.source, self.next_step)
        QWidget.setTabOrder(self.next_step, self.next_step_at)

        self.retranslateUi(DealForm)

        QMetaObject.connectSlotsByName(DealForm)
    # setupUi

    def retranslateUi(self, DealForm):
        self.title_label.setText(QCoreApplication.translate("DealForm", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("DealForm", u"What is being sold, e.g. Office furniture supply", None))
        self.company_label.setText(QCoreApplication.translate("DealForm", u"&Client", None))
        self.company.setPlaceholderText(QCoreApplication.translate("DealForm", u"Start typing a company name", None))
        self.amount_label.setText(QCoreApplication.translate("DealForm", u"&Amount", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("DealForm", u"150 000,50", None))
        self.pipeline_label.setText(QCoreApplication.translate("DealForm", u"&Pipeline", None))
        self.stage_label.setText(QCoreApplication.translate("DealForm", u"&Stage", None))
        self.loss_reason_label.setText(QCoreApplication.translate("DealForm", u"&Loss reason", None))
        self.expected_close_label.setText(QCoreApplication.translate("DealForm", u"Expected &close", None))
        self.responsible_label.setText(QCoreApplication.translate("DealForm", u"&Responsible", None))
        self.source_label.setText(QCoreApplication.translate("DealForm", u"Lead s&ource", None))
        self.next_step_label.setText(QCoreApplication.translate("DealForm", u"&Next step", None))
        self.next_step.setPlaceholderText(QCoreApplication.translate("DealForm", u"e.g. Send the proposal", None))
        self.next_step_at_label.setText(QCoreApplication.translate("DealForm", u"Next step &date", None))
        pass
    # retranslateUi

# Generated from forms/service_request.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_request.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ServiceRequestDialog(object):
    def setupUi(self, ServiceRequestDialog):
        if not ServiceRequestDialog.objectName():
            ServiceRequestDialog.setObjectName(u"ServiceRequestDialog")
        ServiceRequestDialog.resize(520, 440)
        self.layout = QVBoxLayout(ServiceRequestDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.subject_label = QLabel(ServiceRequestDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject = QLineEdit(ServiceRequestDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setMaxLength(500)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subject)

        self.client_label = QLabel(ServiceRequestDialog)
        self.client_label.setObjectName(u"client_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client = QLineEdit(ServiceRequestDialog)
        self.client.setObjectName(u"client")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client)

        self.channel_label = QLabel(ServiceRequestDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(ServiceRequestDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.priority_label = QLabel(ServiceRequestDialog)
        self.priority_label.setObjectName(u"priority_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority = QComboBox(ServiceRequestDialog)
        self.priority.setObjectName(u"priority")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priority)

        self.responsible_label = QLabel(ServiceRequestDialog)
        self.responsible_label.setObjectName(u"responsible_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responsible_label)

        self.responsible = QComboBox(ServiceRequestDialog)
        self.responsible.setObjectName(u"responsible")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responsible)

        self.department_label = QLabel(ServiceRequestDialog)
        self.department_label.setObjectName(u"department_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QComboBox(ServiceRequestDialog)
        self.department.setObjectName(u"department")
        self.department.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.department)

        self.description_label = QLabel(ServiceRequestDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ServiceRequestDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.description)


        self.layout.addLayout(self.form)

        self.due_hint = QLabel(ServiceRequestDialog)
        self.due_hint.setObjectName(u"due_hint")
        self.due_hint.setWordWrap(True)

        self.layout.addWidget(self.due_hint)

        self.buttons = QDialogButtonBox(ServiceRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.subject_label.setBuddy(self.subject)
        self.client_label.setBuddy(self.client)
        self.channel_label.setBuddy(self.channel)
        self.priority_label.setBuddy(self.priority)
        self.responsible_label.setBuddy(self.responsible)
        self.department_label.setBuddy(self.department)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subject, self.client)
        QWidget.setTabOrder(self.client, self.channel)
        QWidget.setTabOrder(self.channel, self.priority)
        QWidget.setTabOrder(self.priority, self.responsible)
        QWidget.setTabOrder(self.responsible, self.department)
        QWidget.setTabOrder(self.department, self.description)

        self.retranslateUi(ServiceRequestDialog)

        QMetaObject.connectSlotsByName(ServiceRequestDialog)
    # setupUi

    def retranslateUi(self, ServiceRequestDialog):
        ServiceRequestDialog.setWindowTitle(QCoreApplication.translate("ServiceRequestDialog", u"Service request", None))
        self.subject_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"&Subject", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("ServiceRequestDialog", u"e.g. The invoice does not print", None))
        self.client_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"C&lient", None))
        self.client.setPlaceholderText(QCoreApplication.translate("ServiceRequestDialog", u"type a company or a person and pick from the list", None))
        self.channel_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"C&hannel", None))
        self.priority_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"&Priority", None))
        self.responsible_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"&Responsible", None))
        self.department_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"&Department", None))
        self.description_label.setText(QCoreApplication.translate("ServiceRequestDialog", u"D&escription", None))
    # retranslateUi
